import type { EntityRef } from '../../entities/recognizeEntities.js';
import { POSS, type SentenceView } from './sentenceView.js';

/** "Norvex's [new] bid": the possessor right before token ti. */
export function possessor(v: SentenceView, ti: number): EntityRef | undefined {
  for (let k = ti - 1; k >= Math.max(0, ti - 7); k--) {
    if (POSS.has(v.lowers[k])) return v.refs.filter((r) => r.tj === k).at(-1);
    const t = v.ctx.tokens.tokens[k];
    if (v.ctx.lexicon.demonyms.has(t.lower)) continue; // "the app's Chinese parent company"
    if (/^[$€£%\d]/.test(t.lower)) continue; // "Norvex's unsolicited $2bn offer"
    // "Qadira's board agreed to a takeover": no possessor across a verb or a preposition
    if (v.words.prepositions.has(t.lower) || v.words.auxiliaries.has(t.lower)) return undefined;
    if (!t.word || (t.cap && !v.refs.some((r) => r.ti <= k && k < r.tj))) return undefined;
    if (v.refs.some((r) => r.ti <= k && k < r.tj)) return undefined;
  }
  return undefined;
}
