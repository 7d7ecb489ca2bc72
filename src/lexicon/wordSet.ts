import { loadWordList } from './loadWordList.js';
import type { WordListName } from './lexicon.js';

/**
 * A registered data/lexicon/<name>.txt list as a set, lower-cased like the compiled lexicon's
 * (`compileLexicon(...).words[name]`), for a rule that runs without the compiled lexicon at hand.
 * Read once per process, at module load: `const ARTICLES = wordSet('articles')`.
 */
export function wordSet(name: WordListName): ReadonlySet<string> {
  return new Set(
    loadWordList(`lexicon/${name}.txt`)
      .map((w) => w.toLowerCase())
      .filter((w) => !w.includes(' ')),
  );
}
