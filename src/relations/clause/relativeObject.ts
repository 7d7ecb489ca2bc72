import type { EntityRef } from '../../entities/recognizeEntities.js';
import { isVerbLike } from '../../nlp.js';
import { clauseStart } from './clauseBounds.js';
import { group } from './group.js';
import { prepositional } from './prepositional.js';
import type { SentenceView } from './sentenceView.js';

/**
 * "Norvex made an offer for Lumo, which Qadira's board rejected": the trigger at ti sits in a
 * relative clause whose object is its antecedent. Returns the index of the relative word
 * ("which", "whom", or "that" right after a name or noun) when the clause has a subject of its
 * own before ti; else -1. "said that Qadira rejected" is no relative clause.
 */
export function relativeObject(v: SentenceView, ti: number): number {
  const cs = clauseStart(v, ti);
  const L = v.lowers;
  let w = -1;
  for (let k = ti - 1; k >= Math.max(0, cs - 1); k--) {
    if (L[k] === 'which' || L[k] === 'whom') w = k;
    else if (
      L[k] === 'that' &&
      k > 0 &&
      !v.words['speech-verbs'].has(L[k - 1]) &&
      /^[\p{L},]/u.test(L[k - 1])
    )
      w = k;
    if (w >= 0) break;
  }
  if (w < 0) return -1;
  // its subject follows the relative word: "which Qadira's board rejected", not "which also included Qadira"
  const first = v.refs.find((r) => r.ti > w && r.tj <= ti);
  if (!first) return -1;
  const between = v.ctx.tokens.tokens.slice(w + 1, first.ti);
  return between.some((t) => t.word && !t.cap && isVerbLike(t.lower)) ? -1 : w;
}

/** The subject of the relative clause opened at w: "which [the Borland bank's board] rejected". */
export function relativeSubject(v: SentenceView, w: number, ti: number): EntityRef[] {
  const inClause = v.refs.filter((r) => r.ti > w && r.tj <= ti && !prepositional(v, r));
  return inClause.length > 0 ? group(v, inClause[0]) : [];
}
