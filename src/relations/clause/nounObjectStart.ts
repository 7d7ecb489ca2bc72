import { isVerbLike } from '../../nlp.js';
import { isQuote, type SentenceView } from './sentenceView.js';

/** Where a noun's object starts: "bid for X", "partnership with X", "bid to take over X"; -1 when none. */
export function nounObjectStart(v: SentenceView, tj: number): number {
  let k = tj;
  while (k < v.n && isQuote(v.lowers[k])) k++;
  // "a consortium led by Norvex and including Qadira": a second modifier coordinated with the first
  let c = k;
  if (v.lowers[c] === ',') c++;
  if (v.lowers[c] === 'and' && v.words.prepositions.has(v.lowers[c + 1] ?? '')) k = c + 1;
  const w = v.lowers[k];
  if (w === 'to' && isVerbLike(v.lowers[k + 1] ?? '')) return k + 2;
  return v.words.prepositions.has(w) ? k + 1 : -1;
}
