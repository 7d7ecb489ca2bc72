/**
 * The entities a singular pronoun may mean, most likely first: "it"/"its" an organisation,
 * "he"/"she"/"his"/"her" a person.
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { EntityType } from '../../types.js';
import type { SentenceTokens } from '../docTokens.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';
import type { Gender } from './gender.js';
import { clauseStartAt, subjectsIn, unknownNameBefore, unnamedSubjectAt } from './sentenceSubjects.js';

export interface PronounContext {
  st: SentenceTokens;
  /** This sentence's references found so far (names, descriptors, earlier pronouns). */
  refs: readonly EntityRef[];
  entities: Map<string, DocEntity>;
  lx: CompiledLexicon;
  /** Earlier sentences' candidates, most likely first (the entity in focus, then the last sentence's). */
  earlier: readonly string[];
  genders: Map<string, Gender>;
}

const OBJECT_PRONOUNS = new Set(['it', 'him', 'them']);
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she']);
const JOINS = new Set(['and', 'or', 'but', ',', ';', 'then', 'also']);

/**
 * "it" after a verb or a preposition ("merged it with", "a stake in it") is an object, which never
 * means its own clause's subject ("Norvex rejected it": not Norvex).
 */
export function isObjectPosition(st: SentenceTokens, k: number, lx: CompiledLexicon): boolean {
  if (!OBJECT_PRONOUNS.has(st.lowers[k]) || k === 0) return false;
  const prev = st.tokens[k - 1];
  const w = prev.lower;
  if (!prev.word || JOINS.has(w) || lx.words['clause-boundaries'].has(w) || lx.words['speech-verbs'].has(w))
    return false;
  return !lx.words.auxiliaries.has(w);
}

/** The name right before "and its" / "or his": "a blow to Pexo and its chief executive". */
function coordinatedWith(c: PronounContext, k: number, ok: (r: EntityRef) => boolean): EntityRef | undefined {
  const w = c.st.lowers[k - 1];
  if (w !== 'and' && w !== 'or') return undefined;
  return c.refs.filter((r) => r.tj === k - 1 && ok(r)).at(-1);
}

/** Candidate keys for the pronoun at token k, most likely first. */
export function pronounAntecedents(
  c: PronounContext,
  k: number,
  types: readonly EntityType[],
  gender: Gender | undefined,
): string[] {
  const { st, entities, lx } = c;
  const ok = (r: EntityRef): boolean => {
    const e = entities.get(r.key);
    if (!e || !types.includes(e.type)) return false;
    return !gender || !c.genders.has(r.key) || c.genders.get(r.key) === gender;
  };
  const before = c.refs.filter((r) => r.tj <= k && ok(r));
  const nearest = [...before].sort((a, b) => b.ti - a.ti);
  const cs = clauseStartAt(st, k, lx);
  const clauseSubjects = subjectsIn(st, before, cs, k, types, entities, lx);
  const order: EntityRef[] = [];
  const and = coordinatedWith(c, k, ok);
  if (and) order.push(and);
  if (isObjectPosition(st, k, lx)) {
    // "Norvex bought Pexo and merged it with Lumo": the nearest that is not the subject
    const own = new Set(clauseSubjects.slice(0, 1).map((r) => r.key));
    const keys = nearest.filter((r) => !own.has(r.key)).map((r) => r.key);
    // "Tom Hale wants a seat. ... Lumo advised shareholders to re-elect him": none in its
    // sentence, so the earlier one in focus
    const found = [...new Set([...order.map((r) => r.key), ...keys])];
    // (a person only: an "it" with no name before it is as often the deal itself)
    const person = types.length === 1 && types[0] === 'Person';
    return found.length > 0 || !person ? found : earlierOfType(c, types, gender).slice(0, 1);
  }
  // "Norvex, which owns Pexo, said that it would appeal": a subject after "said that" is the sayer's
  const w = st.lowers[k - 1] ?? '';
  const said = w === 'that' && k >= 2 ? k - 2 : w === 'that' ? -1 : k - 1;
  if (said >= 0 && lx.words['speech-verbs'].has(st.lowers[said]) && clauseSubjects.length === 0)
    order.push(...subjectsIn(st, before, clauseStartAt(st, said, lx), said, types, entities, lx));
  // "Norvex, which owns Pexo, cut its prices": the clause's subject; "after 80% of its
  // shareholders accepted": no subject in the clause, so the nearest ("Qadira snubbed its
  // overtures": the next nearest is the alternative when the first is the other argument)
  // "Tom Hale endorsed Ana Ruiz, days after suspending his own campaign, urging his supporters":
  // a gerund clause has no subject of its own; it is the sentence's
  if (clauseSubjects.length === 0 && /ing$/.test(st.lowers[cs] ?? ''))
    order.push(...subjectsIn(st, before, 0, cs, types, entities, lx).slice(0, 1));
  order.push(...clauseSubjects);
  // "Norvex said in March that it was weighing an offer for Pexo, only to announce later that it
  // did not intend to bid": a subject pronoun with no subject in its clause is the sentence's subject
  if (SUBJECT_PRONOUNS.has(st.lowers[k]) && clauseSubjects.length === 0)
    order.push(...subjectsIn(st, before, 0, k, types, entities, lx).slice(0, 1));
  order.push(...nearest);
  const keys = order.map((r) => r.key);
  // "Pexo, its Chicago-based unit": an apposition is not its own possessor
  const appositive = st.lowers[k - 1] === ',' ? c.refs.filter((r) => r.tj === k - 1).at(-1) : undefined;
  const here = keys.filter((key) => key !== appositive?.key);
  // "Football star Pexo declared his support": a name of another type before "his" may be a person
  // we typed wrong, so "his" does not reach back to earlier sentences
  const otherSubject =
    types.length === 1 &&
    types[0] === 'Person' &&
    c.refs.some(
      (r) =>
        r.tj <= k &&
        r.kind === 'name' &&
        r.ti >= cs &&
        !ok(r) &&
        !r.possessive &&
        // "the Borland Trade Ministry froze his assets": a government is no person typed wrong
        entities.get(r.key)?.type !== 'Government',
    );
  const unnamed =
    unnamedSubjectAt(st, cs, c.refs, lx) ||
    unnamedSubjectAt(st, 0, c.refs, lx) ||
    (types.includes('Organization') && unknownNameBefore(st, k, c.refs, lx));
  const earlier = otherSubject || unnamed ? [] : earlierOfType(c, types, gender);
  return [...new Set([...here, ...earlier, ...(appositive ? [appositive.key] : [])])];
}

/** The earlier sentences' candidates of the pronoun's type and gender. */
function earlierOfType(
  c: PronounContext,
  types: readonly EntityType[],
  gender: Gender | undefined,
): string[] {
  return c.earlier.filter((key) => {
    const e = c.entities.get(key);
    return e && types.includes(e.type) && (!gender || !c.genders.has(key) || c.genders.get(key) === gender);
  });
}
