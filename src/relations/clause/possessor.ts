import type { EntityRef } from '../../entities/recognizeEntities.js';
import { POSS, type SentenceView } from './sentenceView.js';

/**
 * "Norvex's [new] bid": the possessor right before token ti. Modifiers may stand between,
 * capitalised ones included: "Norvex's Borland unit", "Halden's $10 billion backing". A name
 * between ("Norvex's Lumo unit") is the noun's own.
 */
export function possessor(v: SentenceView, ti: number): EntityRef | undefined {
  for (let k = ti - 1; k >= Math.max(0, ti - 7); k--) {
    if (POSS.has(v.lowers[k])) return v.refs.filter((r) => r.tj === k).at(-1);
    const t = v.ctx.tokens.tokens[k];
    // "Qadira's board agreed to a takeover": no possessor across a verb or a preposition
    if (v.words.prepositions.has(t.lower) || v.words.auxiliaries.has(t.lower)) return undefined;
    if (v.refs.some((r) => r.ti <= k && k < r.tj)) return undefined;
    if (!t.word && !/^[$€£¥]$|^\p{N}/u.test(t.text)) return undefined;
  }
  return undefined;
}
