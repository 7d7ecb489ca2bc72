import { isVerbLike } from '../../nlp.js';
import { isQuote, type SentenceView } from './sentenceView.js';

/** Where a noun's object starts: "bid for X", "partnership with X", "bid to take over X"; -1 when none. */
export function nounObjectStart(v: SentenceView, tj: number): number {
  let k = tj;
  while (k < v.n && isQuote(v.lowers[k])) k++;
  while (k < v.n && (v.lowers[k] === ',' || v.lowers[k] === 'and')) k++; // ", and including X"
  const w = v.lowers[k];
  if (w === 'to' && isVerbLike(v.lowers[k + 1] ?? '')) return k + 2;
  return v.words.prepositions.has(w) ? k + 1 : -1;
}
