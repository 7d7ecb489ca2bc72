import { findCue } from '../cues.js';
import { prepositional, type SentenceView } from '../clause/index.js';
import type { FrameReader } from './frame.js';
import { reducedPassiveBy } from './participleFrame.js';
import { zeroRelative } from './zeroRelativeFrame.js';

/** Relations a verb of buying, selling or owning states about its object. */
const DEAL = new Set(['ACQUIRED', 'BID_FOR', 'OWNS']);

/** "bought an 11% stake in Qadira", "sold shares in Brix": the object is shares, not the company. */
function sharesObject(v: SentenceView, tj: number): boolean {
  const L = v.lowers;
  for (let k = tj; k < Math.min(v.n, tj + 7); k++) {
    if (findCue(v.ctx.lexicon.phrases['share-nouns'], L, k, k + 1) !== undefined) return true;
    if (v.refs.some((r) => r.ti === k) || L[k] === ',' || v.words['clause-boundaries'].has(L[k]))
      return false;
  }
  return false;
}

/**
 * Wraps the verb frame with what it must not read as a deal: a reduced passive ("Corvane, owned
 * by Halden" is read by the participle frame, not as Corvane owning Halden), a relative clause
 * with no "which" (read by the zero-relative frame), shares as the object,
 * and "control" as a noun ("control over Qadira", "control of the board").
 */
export function dealVerbGuard(frame: FrameReader): FrameReader {
  return (v, f) => {
    if (reducedPassiveBy(v, f) >= 0 || zeroRelative(v, f)) return [];
    const out = frame(v, f);
    if (!DEAL.has(f.form.relation)) return out;
    if (sharesObject(v, f.tj)) return [];
    if (
      f.form.relation === 'OWNS' &&
      v.lowers[f.ti] === 'control' &&
      /^(over|of)$/.test(v.lowers[f.tj] ?? '')
    )
      return [];
    return out.filter(
      (c) =>
        // "divest its retail arm": "its" is the subject's own, not the object
        !(c.target.kind === 'pronoun' && /^(its|their|his|her)$/i.test(c.target.text)) &&
        // "sell to Marlow": what is owned is the direct object, never a prepositional one
        !(c.type === 'OWNS' && prepositional(v, c.target)),
    );
  };
}
