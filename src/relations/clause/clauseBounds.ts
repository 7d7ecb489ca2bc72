import type { SentenceView } from './sentenceView.js';

/** A clause ends at a boundary word from data/lexicon/clause-boundaries.txt (",", "which", "but"...). */
function isBoundary(v: SentenceView, k: number): boolean {
  return v.words['clause-boundaries'].has(v.lowers[k]);
}

/** First token of the clause holding token ti. */
export function clauseStart(v: SentenceView, ti: number): number {
  for (let k = ti - 1; k >= 0; k--) if (isBoundary(v, k)) return k + 1;
  return 0;
}

/** The boundary token at or after tj that ends its clause (v.n when none). */
export function clauseEnd(v: SentenceView, tj: number): number {
  for (let k = tj; k < v.n; k++) if (isBoundary(v, k)) return k;
  return v.n;
}
