import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { SentenceView } from './sentenceView.js';

/**
 * "the Borland Trade Office, whose export division is run by Ana Ruiz": the name a "whose"
 * clause holding the verb at ti is about (the noun after "whose" is a part of it, the verb's
 * subject). Only lower-case words and auxiliaries between "whose" and the verb; else undefined.
 */
export function whoseAntecedent(v: SentenceView, ti: number): EntityRef | undefined {
  const L = v.lowers;
  for (let k = ti - 1; k >= Math.max(1, ti - 7); k--) {
    if (L[k] === 'whose') {
      if (L[k - 1] !== ',') return undefined;
      return v.refs.filter((r) => r.tj === k - 1 && !r.possessive && r.kind === 'name').at(-1);
    }
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap || v.refs.some((r) => r.ti <= k && k < r.tj)) return undefined;
    if (v.words['clause-boundaries'].has(t.lower) && !v.words.auxiliaries.has(t.lower)) return undefined;
  }
  return undefined;
}
