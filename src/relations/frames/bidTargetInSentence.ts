import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { nounObjectStart, objectAfter, type SentenceView } from '../clause/index.js';

/**
 * What a bid in the sentence is for: "Norvex's bid for Pexo was rejected by owner Qadira" -> Pexo.
 * Only the object written after a bid word counts; a bid with no object ("The bid from Norvex was
 * rejected by owner Qadira") gives nothing.
 */
export function bidTargetInSentence(v: SentenceView, exclude: Set<string>): EntityRef[] {
  const triggers = v.ctx.lexicon.triggers;
  for (let k = 0; k < v.n; k++) {
    const m = longestMatch(triggers, v.lowers, k);
    const bid = m?.values.find((t) => t.relation === 'BID_FOR' && (t.kind === 'verb' || t.kind === 'noun'));
    if (!m || !bid) continue;
    let start = bid.kind === 'noun' ? nounObjectStart(v, m.end) : m.end;
    if (start < 0) continue;
    let target = objectAfter(v, start, exclude, 6);
    // "an offer from Norvex to acquire Pexo": past the bidder to what it bids for
    if (target.length > 0 && /^(from|by)$/.test(v.lowers[target[0].ti - 1])) {
      start = nounObjectStart(v, Math.max(...target.map((r) => r.tj)));
      target = start < 0 ? [] : objectAfter(v, start, exclude, 6);
    }
    if (target.length > 0) return target;
  }
  return [];
}
