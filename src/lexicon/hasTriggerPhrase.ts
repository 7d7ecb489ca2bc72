import type { CompiledLexicon } from './compileLexicon.js';
import { longestMatch } from './phraseTrie.js';

/**
 * Does a whole trigger phrase occur in the sentence's words? Only then can the rule extractor
 * frame a relation in it. "took over" is a trigger, so "Zentro took over Lumix" has one; "took
 * part" starts like one but is not, and "Zentro took part in the talks" has none.
 */
export function hasTriggerPhrase(lowers: readonly string[], lx: CompiledLexicon): boolean {
  for (let i = 0; i < lowers.length; i++) {
    if (longestMatch(lx.triggers, lowers, i)) return true;
    // "the Halden-owned Corvane": a trigger after a hyphen
    const hyphen = lowers[i].lastIndexOf('-');
    if (hyphen >= 0 && lx.compoundSuffixes.has(lowers[i].slice(hyphen + 1))) return true;
  }
  return false;
}
