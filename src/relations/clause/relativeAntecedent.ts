import type { EntityRef } from '../../entities/recognizeEntities.js';
import { typeOf, type SentenceView } from './sentenceView.js';

/** Words between a relative pronoun and its verb: "who has run", "which also owns", "who had long chaired". */
const BEFORE_VERB = new Set([
  'also',
  'now',
  'still',
  'already',
  'once',
  'later',
  'then',
  'jointly',
  'not',
  'never',
]);

/** The index of the "who"/"which" the verb at ti follows ("which also owns", "who has run"), or -1. */
export function relativePronounBefore(v: SentenceView, ti: number): number {
  const L = v.lowers;
  let k = ti - 1;
  while (k >= 0 && (v.words.auxiliaries.has(L[k]) || BEFORE_VERB.has(L[k]) || /ly$/.test(L[k]))) k--;
  return L[k] === 'who' || L[k] === 'which' ? k : -1;
}

/**
 * The name a subject relative clause is about, when the verb at ti follows "who" or "which":
 * "Halden Capital, which owns Corvane" -> Halden Capital; "Ana Ruiz, who heads Norvex" -> Ana Ruiz;
 * "Mark Dunn, the former Norvex chief executive who chairs Qadira" -> Mark Dunn (a person for "who").
 */
export function relativeAntecedent(v: SentenceView, ti: number): EntityRef | undefined {
  const L = v.lowers;
  const k = relativePronounBefore(v, ti);
  if (k < 0) return undefined;
  const pronoun = L[k];
  const fits = (r: EntityRef): boolean => (typeOf(v, r) === 'Person') === (pronoun === 'who');
  if (L[k - 1] === ',') {
    const r = v.refs.filter((x) => x.tj === k - 1 && !x.possessive).at(-1);
    if (r) return fits(r) ? r : undefined;
  }
  // "the former Norvex chief executive who": back over the apposition to its person
  if (pronoun !== 'who') return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const r = v.refs.find((x) => x.tj === j + 1 && x.kind === 'name');
    if (r && fits(r) && L[r.tj] === ',') return r;
    if (v.words['clause-boundaries'].has(L[j]) && L[j] !== ',') return undefined;
  }
  return undefined;
}
