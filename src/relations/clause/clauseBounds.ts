import { isQuote, type SentenceView } from './sentenceView.js';

/** A clause ends at a boundary word from data/lexicon/clause-boundaries.txt (",", "which", "but"...). */
function isBoundary(v: SentenceView, k: number): boolean {
  return (
    v.words['clause-boundaries'].has(v.lowers[k]) &&
    !scareQuote(v, k) &&
    !nameParenthesis(v, k) &&
    !sinceAdverb(v, k)
  );
}

/** "Qadira has since appointed Ana Ruiz chief executive": "since" after an auxiliary is an adverb, not a conjunction. */
const sinceAdverb = (v: SentenceView, k: number): boolean =>
  v.lowers[k] === 'since' && v.words.auxiliaries.has(v.lowers[k - 1] ?? '');

/**
 * A bracket around a short run of capitalised words is part of the name before it: "the Lumo
 * Party (LP) backed Tom Hale", "the Pexo Front (United) endorsed Ana Ruiz".
 */
function nameParenthesis(v: SentenceView, k: number): boolean {
  const { tokens } = v.ctx.tokens;
  const w = v.lowers[k];
  if (w !== '(' && w !== ')') return false;
  const dir = w === '(' ? 1 : -1;
  const close = w === '(' ? ')' : '(';
  for (let j = k + dir, steps = 0; j >= 0 && j < v.n && steps < 5; j += dir, steps++) {
    if (v.lowers[j] === close) return steps > 0;
    if (!tokens[j].cap && v.lowers[j] !== '&') return false;
  }
  return false;
}

/**
 * Quotes around a word or two are part of the clause: "Norvex is pursuing a “partnership” with
 * Qadira", "will become ‘technology partners’". A quoted sentence opens a clause of its own.
 */
function scareQuote(v: SentenceView, k: number): boolean {
  if (!isQuote(v.lowers[k])) return false;
  const { tokens } = v.ctx.tokens;
  for (const dir of [1, -1]) {
    for (let j = k + dir, steps = 0; j >= 0 && j < v.n && steps < 4; j += dir, steps++) {
      if (isQuote(v.lowers[j])) return steps > 0;
      if (!tokens[j].word) break;
    }
  }
  return false;
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
