import type { Relation } from '../types.js';

/**
 * The possessive pronouns ("its", "their") of text whose next five words hold an offering noun: "its
 * offer", "their revised $5bn cash-and-shares offer".
 */
function offerPossessors(text: string, offering: ReadonlySet<string>): string[] {
  const words = text.toLowerCase().split(/[^a-z0-9$€£-]+/);
  const out: string[] = [];
  words.forEach((w, k) => {
    if ((w === 'its' || w === 'their') && words.slice(k + 1, k + 6).some((x) => offering.has(x))) out.push(w);
  });
  return out;
}

/**
 * A completed acquisition whose sentence also names the buyers' offer reports the bid too: "Norvex,
 * Qadira and Halden took control of Pexo after its shareholders accepted their offer" gives each
 * buyer BID_FOR Pexo beside ACQUIRED. "their" speaks for two or more buyers of one acquisition in the
 * sentence, "its" for one; only after the trigger, and only an offering noun (`offering`: "offer",
 * "bid", "approach"), not any deal noun ("after the deal closed"). The bid keeps the acquisition's
 * evidence and polarity.
 */
export function bidFromAcceptedOffer(relations: Relation[], offering: ReadonlySet<string>): Relation[] {
  const out = [...relations];
  const has = new Set(relations.filter((r) => r.type === 'BID_FOR').map((r) => `${r.source}|${r.target}`));
  const acquisitions = relations.filter((r) => r.type === 'ACQUIRED');
  for (const r of acquisitions) {
    if (has.has(`${r.source}|${r.target}`)) continue;
    const buyers = acquisitions.filter((x) => x.sentence === r.sentence && x.target === r.target).length;
    const at = r.evidence.toLowerCase().indexOf(r.trigger.toLowerCase());
    if (at < 0) continue;
    const after = r.evidence.slice(at + r.trigger.length);
    const named = offerPossessors(after, offering).some((w) => (w === 'their') === buyers > 1);
    if (!named) continue;
    has.add(`${r.source}|${r.target}`);
    out.push({ ...r, type: 'BID_FOR', confidence: Math.min(r.confidence, 0.7) });
  }
  return out;
}
