/** The entity a descriptor ("the Chinese firm") most likely means, and the next most likely. */
import { wordSet } from '../../lexicon/wordSet.js';
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';
import type { Descriptor } from './descriptorAt.js';
import { clauseStartAt, isPrepositional } from './sentenceSubjects.js';

const LOOKBACK = 3;

export interface Picked {
  best: DocEntity;
  second?: DocEntity;
  /** Written right after the name it describes: "Pexo, the Danish miner, ...". */
  apposition: boolean;
}

/**
 * "Halden Bank, the Portuguese bank chaired by ...": a descriptor in apposition describes the name
 * before its comma, unless a verb of saying follows ("Norvex bought Pexo, the company said").
 */
function appositionHead(
  d: Descriptor,
  st: SentenceTokens,
  names: readonly EntityRef[],
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): DocEntity | undefined {
  if (d.i < 2 || st.lowers[d.i - 1] !== ',') return undefined;
  if (lx.words['speech-verbs'].has(st.lowers[d.j] ?? '')) return undefined;
  const r = names.filter((x) => x.tj === d.i - 1 && x.kind === 'name').at(-1);
  const ent = r ? entities.get(r.key) : undefined;
  if (!ent || !d.types.includes(ent.type) || d.inside.has(ent.key)) return undefined;
  if (d.nationality && ent.nationality && d.nationality !== ent.nationality) return undefined;
  return ent;
}

/** A descriptor after a verb or a preposition ("proposals from the drugmaker", "valued the company"). */
function objectPosition(st: SentenceTokens, i: number, lx: CompiledLexicon): boolean {
  const prev = st.tokens[i - 1];
  if (!prev || !prev.word) return false;
  const w = prev.lower;
  return (
    !lx.words['clause-boundaries'].has(w) && !['and', 'or', 'but'].includes(w) && !lx.words.auxiliaries.has(w)
  );
}

/** The first name of the clause holding token i, when it is no preposition's object: its subject. */
function clauseSubject(
  st: SentenceTokens,
  i: number,
  names: readonly EntityRef[],
  lx: CompiledLexicon,
): string | undefined {
  const cs = clauseStartAt(st, i, lx);
  const inClause = names.filter((r) => r.ti >= cs && r.tj <= i && r.kind === 'name');
  let first = inClause[0];
  // "Zipcart's owner Qadira bought the app": the subject is the owner, not the possessor
  const named = first?.possessive ? inClause.find((r) => r.ti > first.tj && r.ti <= first.tj + 4) : undefined;
  if (named) first = named;
  return first && !isPrepositional(st, first, lx) ? first.key : undefined;
}

export function pickDescriptorAntecedent(
  d: Descriptor,
  st: SentenceTokens,
  sentences: readonly SentenceTokens[],
  refs: EntityRef[][],
  entities: Map<string, DocEntity>,
  salience: Map<string, number>,
  lx: CompiledLexicon,
): Picked | undefined {
  const s = st.sentence.index;
  const appositive = appositionHead(d, st, refs[s], entities, lx);
  if (appositive) return { best: appositive, apposition: true };
  const most = Math.max(1, ...salience.values());
  let best: DocEntity | undefined;
  let bestScore = Infinity;
  let second: DocEntity | undefined;
  let secondScore = Infinity;
  const seen = new Set<string>();
  // "Pexo's board rejected proposals from the Tarsk-based drugmaker": an object is not its clause's subject
  const own = objectPosition(st, d.i, lx) ? clauseSubject(st, d.i, refs[s], lx) : undefined;
  if (own) seen.add(own);
  for (let back = 0; back <= LOOKBACK && s - back >= 0; back++) {
    const list = refs[s - back].filter((r) => r.kind === 'name' && (back > 0 || r.tj <= d.i));
    for (let n = list.length - 1; n >= 0; n--) {
      const ent = entities.get(list[n].key);
      if (!ent || seen.has(ent.key) || d.inside.has(ent.key)) continue;
      const rank = d.types.indexOf(ent.type);
      if (rank < 0) continue;
      if (d.types[0] === 'Person' && !ent.official && [...entities.values()].some((e) => e.official))
        continue;
      if (d.nationality && ent.nationality && d.nationality !== ent.nationality) continue;
      seen.add(ent.key);
      const firstInSentence = list.findIndex((r) => entities.get(r.key)?.type === ent.type) === n;
      const score =
        back * 10 +
        rank * 6 -
        (d.nationality && ent.nationality === d.nationality ? 25 : 0) -
        (ent.descriptors.has(d.head) || namesake(ent, d) ? 15 : 0) -
        (d.types[0] === 'Product' && ent.descriptors.has('owned') ? 15 : 0) +
        (firstInSentence ? 0 : 3) +
        // "Tarvo rejected a bid from Norvex. The lender said ...": a preposition's object is rarely meant
        (isPrepositional(sentences[s - back], list[n], lx) ? 4 : 0) -
        // the article's main subject is what "the company" usually means
        Math.round(((salience.get(ent.key) ?? 0) / most) * 8);
      if (score < bestScore) {
        second = best;
        secondScore = bestScore;
        bestScore = score;
        best = ent;
      } else if (score < secondScore) {
        second = ent;
        secondScore = score;
      }
    }
  }
  if (!best) best = onlyNamesake(d, s, refs, entities);
  return best ? { best, second, apposition: false } : undefined;
}

/** Does the entity's name end in the descriptor's head ("the commission" of "the Borland Trade Commission")? */
// (a government body or a political group only: "the bank" is as often another bank than the one named "... Bank")
const namesake = (ent: DocEntity, d: Descriptor): boolean =>
  (d.types[0] === 'Government' || NAMESAKE_HEADS.has(d.head)) &&
  ent.name.toLowerCase().split(' ').at(-1) === d.head;

const NAMESAKE_HEADS = wordSet('namesake-heads');

/**
 * "The Borland Trade Commission blocked the deal. ... [ten sentences] ... The bid was referred to the
 * commission in May": beyond the usual reach, the one entity named so far whose name ends in the head.
 */
function onlyNamesake(
  d: Descriptor,
  s: number,
  refs: EntityRef[][],
  entities: Map<string, DocEntity>,
): DocEntity | undefined {
  const keys = new Set(
    refs.slice(0, s).flatMap((list) => list.filter((r) => r.kind === 'name').map((r) => r.key)),
  );
  const found = [...keys]
    .map((k) => entities.get(k))
    .filter((e): e is DocEntity => e !== undefined && d.types.includes(e.type) && namesake(e, d));
  return found.length === 1 ? found[0] : undefined;
}
