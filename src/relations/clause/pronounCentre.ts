import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { ExtractionContext } from '../Extractor.js';
import { prepositional } from './prepositional.js';
import type { SentenceView } from './sentenceView.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Prepositions whose object a later "its" skips for the clause subject. */
const SIDE = wordSet('side-prepositions');

/**
 * "Lumo agreed a merger with Norvex, and its board recommended the terms": a possessive pronoun
 * whose nearest antecedent is the object of "with" or "from" means the subject named before it
 * (its next likeliest antecedent); "Norvex bid for Lumo, and its board said no" keeps Lumo.
 */
export function centredRefs(ctx: ExtractionContext, lowers: readonly string[]): EntityRef[] {
  const probe = { ctx, refs: ctx.refs, lowers, n: lowers.length, words: ctx.lexicon.words } as SentenceView;
  return ctx.refs.map((r) => {
    if (r.kind !== 'pronoun' || !r.alt || !/^(its|their)$/.test(lowers[r.ti])) return r;
    const ante = ctx.refs.filter((x) => x.key === r.key && x.kind !== 'pronoun' && x.tj <= r.ti).at(-1);
    if (!ante || !afterSide(probe, ante.ti)) return r;
    const subject = ctx.refs.find((x) => x.key === r.alt && x.tj <= ante.ti && !prepositional(probe, x));
    return subject ? { ...r, key: subject.key, alt: r.key } : r;
  });
}

/** Is token ti the object of "with" / "from" ("with the Norvex group")? */
function afterSide(v: SentenceView, ti: number): boolean {
  for (let k = ti - 1; k >= Math.max(0, ti - 4); k--) {
    if (SIDE.has(v.lowers[k])) return true;
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap || v.words.prepositions.has(v.lowers[k])) return false;
  }
  return false;
}
