import type { SentenceTokens } from '../docTokens.js';
import { wordSet } from '../../lexicon/wordSet.js';

const COPULAS = wordSet('expletive-copulas');

const SKIP = wordSet('verb-group-adverbs');

/** Words after "it is" that make "it" a party: "it is in talks", "it is under review", "it was among". */
const REFERENTIAL_NEXT = wordSet('referential-it-cues');

/**
 * "It is unclear whether ...", "it was the third bid": an "it" that stands for no entity. Not when
 * the copula is an auxiliary of what the company does or has done to it: "it is in talks to buy",
 * "it is considering a bid", "it was acquired by Halden".
 */
export function expletive(st: SentenceTokens, k: number): boolean {
  if (st.lowers[k] !== 'it' || !COPULAS.has(st.lowers[k + 1] ?? '')) return false;
  let j = k + 2;
  while (SKIP.has(st.lowers[j] ?? '')) j++;
  const next = st.lowers[j] ?? '';
  if (REFERENTIAL_NEXT.has(next) || /ing$/.test(next)) return false;
  // "it was acquired by", "it is backed by": a passive with its agent
  return !(/ed$/.test(next) && st.lowers[j + 1] === 'by');
}
