import type { EntityRef } from '../../entities/recognizeEntities.js';
import { passive, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/** Words after the verb that show it has no object of its own: "the firm Ana Ruiz chairs, ...". */
const GAP = new Set([',', '.', ';', ')', 'in', 'since', 'for', 'until', 'from']);

/**
 * "Halden Capital, the conglomerate Ana Ruiz chairs, ...": a relative clause with no "which" in an
 * apposition; its verb has no object, the name before the apposition is it. Returns [subject,
 * antecedent] or undefined.
 */
export function zeroRelative(v: SentenceView, f: Frame): [EntityRef, EntityRef] | undefined {
  if (f.form.form === 'gerund' || passive(v, f.ti, f.form.form)) return undefined;
  const L = v.lowers;
  // "the chain she had founded and led,": a second verb may share the gap
  const after = L[f.tj] === 'and' && /^[a-z]+$/.test(L[f.tj + 1] ?? '') ? f.tj + 2 : f.tj;
  if (after < v.n && !GAP.has(L[after])) return undefined;
  // "the firm Ana Ruiz chairs", "the company he had founded": past an auxiliary
  let s = f.ti;
  while (s > 0 && s > f.ti - 2 && v.words.auxiliaries.has(L[s - 1])) s--;
  const subj = v.refs.find((r) => r.tj === s && r.kind !== 'descriptor' && !r.possessive);
  if (!subj) return undefined;
  // back over the apposition's noun phrase: "the investment firm", "a conglomerate"
  let k = subj.ti - 1;
  let words = 0;
  while (
    k >= 0 &&
    words < 4 &&
    v.ctx.tokens.tokens[k].word &&
    // "the Tarsk-based company": a hyphenated modifier may be capitalised
    (!v.ctx.tokens.tokens[k].cap || L[k].includes('-')) &&
    !/^(the|a|an)$/.test(L[k])
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
  if (words === 0 || !/^(the|a|an)$/.test(L[k] ?? '') || L[k - 1] !== ',') return undefined;
  const antecedent = v.refs.filter((r) => r.tj === k - 1 && !r.possessive).at(-1);
  return antecedent ? [subj, antecedent] : undefined;
}

/** Reads the zero relative: "Trion, the investment firm Tom Lee co-founded," -> Tom Lee LEADS Trion. */
export function zeroRelativeFrame(v: SentenceView, f: Frame): Candidate[] {
  if (f.form.relation === 'BID_FOR') return [];
  const z = zeroRelative(v, f);
  return z ? pairs(v, f.ti, f.form.relation, [z[0]], [z[1]], 0.75, triggerText(v, f)) : [];
}
