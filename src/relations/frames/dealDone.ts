import { clauseEnd, clauseStart, type SentenceView } from '../clause/index.js';
import { findCue } from '../cues.js';
import { NOT_REALIS } from './verbFrame.js';

const YEAR = /^(19|20)\d\d$/;

/**
 * Does the clause say the deal named by the noun at [ti, tj) was done? "Norvex completed its
 * acquisition of Qadira", "the sale of Corvane to Marlow closed on Friday", "Halden's 2019
 * acquisition of Pexo", "the buyout of Corvane in 2000". A deal that is planned, agreed or
 * expected ("is expected to complete", "will close in 2026") is not done.
 */
export function dealDone(v: SentenceView, ti: number, tj: number): boolean {
  const L = v.lowers;
  const phrases = v.ctx.lexicon.phrases;
  const cs = clauseStart(v, ti);
  const ce = clauseEnd(v, tj);
  // "closed the purchase in May": the month is no modal
  const month = (k: number): boolean => L[k] === 'may' && k > 0 && v.ctx.tokens.tokens[k].cap;
  const unreal =
    L.some((w, k) => NOT_REALIS.has(w) && w !== 'to' && !month(k)) ||
    findCue(phrases.hedges, L, 0, v.n, (k) => !month(k)) !== undefined;
  if (unreal) return false;
  // "completed its $2bn acquisition of", "has completed the purchase of"
  if (findCue(phrases['deal-completion'], L, Math.max(cs, ti - 8), ti) !== undefined) return true;
  // "the sale of Corvane to Marlow closed on Friday", "... was completed in May"
  if (findCue(phrases['deal-completion'], L, tj, Math.min(ce, tj + 10)) !== undefined) return true;
  // "Halden's 2019 acquisition of Pexo": a year inside the noun phrase
  for (let k = ti - 1; k >= Math.max(cs, ti - 4); k--) {
    if (YEAR.test(L[k])) return true;
    if (!v.ctx.tokens.tokens[k].word && !/^[$€£\d.,]/.test(L[k])) break;
  }
  // "the buyout of Corvane in 2000"
  for (let k = tj; k < Math.min(ce, tj + 8); k++) if (L[k] === 'in' && YEAR.test(L[k + 1] ?? '')) return true;
  return false;
}
