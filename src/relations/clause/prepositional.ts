import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { SentenceView } from './sentenceView.js';

/** Is the ref the object of a preposition ("from retailer Felder")? */
export function prepositional(v: SentenceView, r: EntityRef): boolean {
  for (let k = r.ti - 1; k >= Math.max(0, r.ti - 4); k--) {
    const w = v.lowers[k];
    if (v.words.prepositions.has(w)) return true;
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap) return false;
  }
  return false;
}
