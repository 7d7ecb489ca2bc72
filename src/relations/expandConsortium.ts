import type { Relation } from '../types.js';

/**
 * Members of a bidding consortium are bidders too, across sentences of one document:
 * "Norvex bid for Lumo." + "a consortium led by Norvex and including Qadira" => Qadira BID_FOR Lumo,
 * with the consortium sentence as evidence.
 */
export function expandConsortium(relations: Relation[]): Relation[] {
  const consortia = relations.filter(
    (r) => r.type === 'PARTNERED_WITH' && /consortium/i.test(r.trigger) && !r.negated,
  );
  if (consortia.length === 0) return relations;
  const seen = new Set(relations.map((r) => `${r.type}|${r.source}|${r.target}`));
  const out = [...relations];
  for (const bid of relations) {
    if (bid.type !== 'BID_FOR' || bid.negated) continue;
    for (const c of consortia) {
      if (c.source !== bid.source && c.target !== bid.source) continue;
      const other = c.source === bid.source ? c.target : c.source;
      const key = `BID_FOR|${other}|${bid.target}`;
      if (other === bid.target || seen.has(key)) continue;
      seen.add(key);
      out.push({
        ...c,
        type: 'BID_FOR',
        source: other,
        target: bid.target,
        confidence: Math.round(Math.min(bid.confidence, c.confidence) * 90) / 100,
        hedged: bid.hedged || c.hedged,
      });
    }
  }
  return out;
}
