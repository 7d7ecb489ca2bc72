import type { PhraseTrie } from '../entities/phraseTrie.js';
import { longestMatch } from '../entities/phraseTrie.js';

/** The matched cue text when a phrase of the list starts anywhere in [from, to); else undefined. */
export function findCue(
  trie: PhraseTrie<true>,
  lowers: readonly string[],
  from: number,
  to: number,
): string | undefined {
  for (let k = Math.max(0, from); k < Math.min(to, lowers.length); k++) {
    const m = longestMatch(trie, lowers, k);
    if (m) return lowers.slice(k, m.end).join(' ');
  }
  return undefined;
}
