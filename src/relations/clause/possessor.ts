import type { EntityRef } from '../../entities/recognizeEntities.js';
import { POSS, type SentenceView } from './sentenceView.js';
import { wordSet } from '../../lexicon/wordSet.js';

const ARTICLES = wordSet('articles');

/**
 * "Norvex's [new] bid": the possessor right before token ti. Modifiers may stand between,
 * capitalised ones included: "Norvex's Borland unit", "Halden's $2bn backing". A name
 * between ("Norvex's Lumo unit") is the noun's own.
 */
export function possessor(v: SentenceView, ti: number): EntityRef | undefined {
  for (let k = ti - 1; k >= Math.max(0, ti - 7); k--) {
    if (POSS.has(v.lowers[k]) || pluralPossessive(v, k)) return v.refs.filter((r) => r.tj === k).at(-1);
    const t = v.ctx.tokens.tokens[k];
    // "Qadira's board agreed to a takeover": no possessor across a verb or a preposition
    if (v.words.prepositions.has(t.lower) || v.words.auxiliaries.has(t.lower)) return undefined;
    // "Qadira's board accepted the offer": an article opens the noun's own phrase
    if (ARTICLES.has(t.lower)) return undefined;
    if (v.refs.some((r) => r.ti <= k && k < r.tj)) return undefined;
    if (!t.word && !/^[$€£¥]$|^\p{N}/u.test(t.text)) return undefined;
  }
  return undefined;
}

/** "Marlow Systems' offer": an apostrophe written right after a name ending in "s". */
function pluralPossessive(v: SentenceView, k: number): boolean {
  const { tokens } = v.ctx.tokens;
  if (!/^['’]$/.test(v.lowers[k]) || k === 0 || tokens[k - 1].end !== tokens[k].start) return false;
  if (tokens[k + 1] && tokens[k + 1].start === tokens[k].end) return false; // "'" opening a quote
  return v.refs.some((r) => r.tj === k && /s$/i.test(r.text));
}
