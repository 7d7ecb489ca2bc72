import type { ExtractionContext } from '../Extractor.js';
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { EntityType } from '../../types.js';
import { centredRefs } from './pronounCentre.js';

/** One sentence as the clause reader and the frames see it: its words, its entity references, the lexicon. */
export interface SentenceView {
  readonly ctx: ExtractionContext;
  readonly refs: readonly EntityRef[];
  /** Lower-cased tokens. */
  readonly lowers: readonly string[];
  readonly n: number;
  readonly words: CompiledLexicon['words'];
}

export function sentenceView(ctx: ExtractionContext): SentenceView {
  const lowers = ctx.tokens.lowers;
  return { ctx, refs: centredRefs(ctx, lowers), lowers, n: lowers.length, words: ctx.lexicon.words };
}

export function typeOf(v: SentenceView, r: EntityRef): EntityType | undefined {
  return v.ctx.entities.get(r.key)?.type;
}

/** "'s" and "’s" after a name: "Norvex's bid". */
export const POSS = new Set(["'s", '’s']);

/** Straight and curly quotes around a name or a noun: "the ‘Norvex’ bid". */
export const isQuote = (w: string | undefined): boolean => /^['"‘’“”]$/.test(w ?? '');
