import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { SentenceView } from '../clause/index.js';
import { wordSet } from '../../lexicon/wordSet.js';

const ARTICLES = wordSet('articles');
const POSSESSIVES = wordSet('possessive-determiners');

/** "its chief executive", "its unsolicited $2bn offer": a possessive pronoun before a noun (past adjectives and amounts). */
export function pronounPossessor(v: SentenceView, k0: number): EntityRef | undefined {
  for (let k = k0 - 1; k >= Math.max(0, k0 - 7); k--) {
    const r = v.refs.find((x) => x.ti === k && x.kind === 'pronoun');
    if (r && POSSESSIVES.has(v.lowers[k])) return r;
    const t = v.ctx.tokens.tokens[k];
    if (/^[$€£%\d]/.test(t.lower)) continue; // "its $17.8 billion offer"
    if (!t.word || ARTICLES.has(t.lower) || v.refs.some((x) => x.ti <= k && k < x.tj)) return undefined;
    // "its Chicago-based retail arm", not "its US arm since President ..."
    const w = t.lower;
    if (v.words['clause-boundaries'].has(w) || v.words.prepositions.has(w) || v.words.auxiliaries.has(w))
      return undefined;
    if (v.ctx.lexicon.triggerFirstWords.has(w)) return undefined;
  }
  return undefined;
}
