import type { EntityType, Relation } from '../types.js';
import { ALLOWED_TYPES } from './allowedTypes.js';

/**
 * A rejection is read only when what was turned down is an offer or its bidder
 * (frames/rejectedBidder.ts), so the one turned down bid for the one who turned it down:
 * "Qadira's board rejected a $15-a-share approach from Halden Capital" => Halden Capital BID_FOR
 * Qadira. Not when the document names another target of that bidder or the rejecter is an owner
 * answering for what it owns: "Norvex's bid for Pexo was rejected by its owner Qadira" is no bid
 * for Qadira. The bid keeps the rejection's evidence and polarity.
 */
export function bidFromRejection(
  relations: Relation[],
  typeOf: (id: string) => EntityType | undefined,
): Relation[] {
  const allowed = ALLOWED_TYPES.BID_FOR;
  const has = (type: string, source: string, target?: string): boolean =>
    relations.some(
      (r) => r.type === type && r.source === source && (target === undefined || r.target === target),
    );
  const out = [...relations];
  const added = new Set<string>();
  for (const r of relations) {
    if (r.type !== 'REJECTED') continue;
    const bidder = r.target;
    const target = r.source;
    const bt = typeOf(bidder);
    const tt = typeOf(target);
    if (!bt || !tt || !allowed.source.includes(bt) || !allowed.target.includes(tt)) continue;
    if (has('BID_FOR', bidder, target) || added.has(`${bidder}|${target}`)) continue;
    const elsewhere = relations.some(
      (x) => x.type === 'BID_FOR' && x.source === bidder && x.target !== target,
    );
    if (elsewhere || has('OWNS', target)) continue;
    added.add(`${bidder}|${target}`);
    out.push({
      ...r,
      type: 'BID_FOR',
      source: bidder,
      target,
      confidence: Math.round(r.confidence * 90) / 100,
    });
  }
  return out;
}
