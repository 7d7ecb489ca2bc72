import type { EntityRef } from '../../entities/recognizeEntities.js';
import { typeOf, type SentenceView } from './sentenceView.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Words between a relative pronoun and its verb: "who has run", "which also owns", "who had long chaired". */
const BEFORE_VERB = wordSet('verb-group-adverbs');

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

/**
 * "Dow and Pexo merged in 2017, and Halden bought Corvane": a name right before the verb, after
 * ", and" / ", but", starts a clause of its own and is its subject; an unknown capitalised name
 * there ("and Zentro bought") is a subject we do not know. Returns the clause's subject refs, or
 * undefined when the verb does not start such a clause.
 */
export function coordinatedSubject(v: SentenceView, ti: number): EntityRef[] | undefined {
  const L = v.lowers;
  const { tokens } = v.ctx.tokens;
  let k = ti - 1;
  while (k >= 0 && (BEFORE_VERB.has(L[k]) || /ly$/.test(L[k]))) k--;
  let start = k;
  while (start >= 0 && k - start < 4 && tokens[start].word && tokens[start].cap) start--;
  if (start === k || !/^(and|but)$/.test(L[start] ?? '') || L[start - 1] !== ',') return undefined;
  const r = v.refs.find((x) => x.ti === start + 1 && x.tj === k + 1 && x.kind === 'name' && !x.possessive);
  return r ? [r] : [];
}
