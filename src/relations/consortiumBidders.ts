import type { EntityRef } from '../entities/recognizeEntities.js';
import type { Candidate } from './frames/frame.js';

/**
 * Within one sentence, every member of a bidding consortium bids: "a consortium of Norvex and
 * Qadira bid for Lumo" => Norvex BID_FOR Lumo and Qadira BID_FOR Lumo. Across sentences,
 * expandConsortium does the same on finished relations.
 */
export function consortiumBidders(cands: Candidate[], refs: readonly EntityRef[]): Candidate[] {
  const members = new Set<string>();
  for (const c of cands) {
    if (c.type === 'PARTNERED_WITH' && /consortium/i.test(c.trigger)) {
      members.add(c.source.key);
      members.add(c.target.key);
    }
  }
  const out = [...cands];
  for (const c of cands) {
    if (c.type === 'BID_FOR' && members.has(c.source.key)) {
      for (const m of members) {
        const ref = refs.find((r) => r.key === m);
        if (ref && m !== c.target.key) out.push({ ...c, source: ref, confidence: c.confidence * 0.9 });
      }
    }
  }
  return out;
}
