import type { PhraseTrie } from '../lexicon/phraseTrie.js';
import { longestMatch } from '../lexicon/phraseTrie.js';

/**
 * The token index where a phrase of the list starts in [from, to) and `accept` agrees; else
 * undefined. `accept` lets a caller refuse one reading of a word ("may" in "in May").
 */
export function findCue(
  trie: PhraseTrie<true>,
  lowers: readonly string[],
  from: number,
  to: number,
  accept: (k: number) => boolean = () => true,
): number | undefined {
  for (let k = Math.max(0, from); k < Math.min(to, lowers.length); k++) {
    if (longestMatch(trie, lowers, k) && accept(k)) return k;
  }
  return undefined;
}
