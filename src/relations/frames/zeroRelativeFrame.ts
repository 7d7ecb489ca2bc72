import type { EntityRef } from '../../entities/recognizeEntities.js';
import { passive, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Words after the verb that show it has no object of its own: "the firm Ana Ruiz chairs, ...". */
const GAP = new Set([',', '.', ';', ')', ...wordSet('zero-relative-gaps')]);
const ARTICLES = wordSet('articles');

/**
 * "Halden Capital, the conglomerate Ana Ruiz chairs, ...": a relative clause with no "which" in an
 * apposition; its verb has no object, the name before the apposition is it. Returns [subject,
 * antecedent] or undefined.
 */
export function zeroRelative(v: SentenceView, f: Frame): [EntityRef, EntityRef] | undefined {
  if (f.form.form === 'gerund' || passive(v, f.ti, f.form.form)) return undefined;
  const L = v.lowers;
  if (f.tj < v.n && !GAP.has(L[f.tj])) return undefined;
  const subj = v.refs.find((r) => r.tj === f.ti && r.kind === 'name' && !r.possessive);
  if (!subj) return undefined;
  // back over the apposition's noun phrase: "the investment firm", "a conglomerate"
  let k = subj.ti - 1;
  let words = 0;
  while (
    k >= 0 &&
    words < 4 &&
    v.ctx.tokens.tokens[k].word &&
    !v.ctx.tokens.tokens[k].cap &&
    !ARTICLES.has(L[k])
  ) {
    if (
      v.words['clause-boundaries'].has(L[k]) ||
      v.words.prepositions.has(L[k]) ||
      v.words.auxiliaries.has(L[k])
    )
      return undefined;
    k--;
    words++;
  }
  if (words === 0 || !ARTICLES.has(L[k] ?? '') || L[k - 1] !== ',') return undefined;
  const antecedent = v.refs.filter((r) => r.tj === k - 1 && !r.possessive).at(-1);
  return antecedent ? [subj, antecedent] : undefined;
}

/** Reads the zero relative: "Trion, the investment firm Tom Lee co-founded," -> Tom Lee LEADS Trion. */
export function zeroRelativeFrame(v: SentenceView, f: Frame): Candidate[] {
  if (f.form.relation === 'BID_FOR') return [];
  const z = zeroRelative(v, f);
  return z ? pairs(v, f.ti, f.form.relation, [z[0]], [z[1]], 0.75, triggerText(v, f)) : [];
}
