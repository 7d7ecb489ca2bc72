import type { SentenceTokens } from '../docTokens.js';

const COPULAS = new Set([
  'is',
  'was',
  "'s",
  '’s',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
]);

/** "It is unclear whether ...", "it was the third bid": an "it" that stands for no entity. */
export function expletive(st: SentenceTokens, k: number): boolean {
  return st.lowers[k] === 'it' && COPULAS.has(st.lowers[k + 1] ?? '');
}
