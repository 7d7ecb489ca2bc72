/**
 * Where a sentence's subjects are: which name references are the object of a preposition, where the
 * clause holding a token starts, and the first organisation / person a clause or sentence is about.
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';
import type { EntityType } from '../../types.js';
import { wordSet } from '../../lexicon/wordSet.js';

const RELATIVE = wordSet('relative-pronouns');

export const ORG_TYPES: readonly EntityType[] = ['Organization', 'Government', 'Product'];

/** "a stake in Pexo", "an offer from US firm Marlow": the ref is a preposition's object. */
export function isPrepositional(st: SentenceTokens, r: EntityRef, lx: CompiledLexicon): boolean {
  for (let k = r.ti - 1; k >= Math.max(0, r.ti - 4); k--) {
    if (lx.words.prepositions.has(st.lowers[k])) return true;
    const t = st.tokens[k];
    if (!t.word || t.cap) return false;
  }
  return false;
}

/**
 * The first token of the clause holding token k. A closed relative clause does not end the main
 * clause: in "Norvex, which owns Pexo, folded Lumo into its unit" the clause of "its" starts at Norvex.
 */
export function clauseStartAt(st: SentenceTokens, k: number, lx: CompiledLexicon): number {
  let comma = false;
  for (let j = k - 1; j >= 0; j--) {
    const w = st.lowers[j];
    if (w === ',') comma = true;
    if (!lx.words['clause-boundaries'].has(w)) continue;
    if (RELATIVE.has(w) && st.lowers[j - 1] === ',' && comma) {
      j--; // skip the comma that opens the relative clause
      comma = false;
      continue;
    }
    return j + 1;
  }
  return 0;
}

/** Refs of the given types in tokens [from, to) that are no preposition's object, in text order. */
export function subjectsIn(
  st: SentenceTokens,
  refs: readonly EntityRef[],
  from: number,
  to: number,
  types: readonly EntityType[],
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): EntityRef[] {
  return refs.filter((r) => {
    if (r.ti < from || r.tj > to) return false;
    const t = entities.get(r.key)?.type;
    return t !== undefined && types.includes(t) && !isPrepositional(st, r, lx);
  });
}

const DETERMINERS = wordSet('determiners');

/**
 * "The Danish competition authority said it would ...", "A spokesman said he ...": the clause
 * starting at `cs` has a subject that names no entity we know, so a pronoun after it means that
 * subject, not an entity of an earlier sentence. Not when its noun is a company's ("The Chinese
 * video sharing platform said its ..." is a descriptor we could not read, of the company in focus).
 */
export function unnamedSubjectAt(
  st: SentenceTokens,
  cs: number,
  refs: readonly EntityRef[],
  lx: CompiledLexicon,
): boolean {
  if (!DETERMINERS.has(st.lowers[cs] ?? '')) return false;
  if (refs.some((r) => r.ti === cs || r.ti === cs + 1)) return false;
  for (let k = cs + 1; k < Math.min(st.tokens.length, cs + 6) && st.tokens[k].word; k++) {
    const w = st.lowers[k];
    if (lx.words['org-descriptors'].has(w) || lx.words['product-descriptors'].has(w)) return false;
  }
  return true;
}

const CALENDAR = wordSet('calendar-words');

/**
 * "In the spring Brix Hldgs agreed to sell Lumo, its US arm": a capitalised word before token k that
 * is no name we know (nor a place, a nationality or a date) may be the pronoun's antecedent.
 */
export function unknownNameBefore(
  st: SentenceTokens,
  k: number,
  refs: readonly EntityRef[],
  lx: CompiledLexicon,
): boolean {
  for (let m = 1; m < k; m++) {
    const t = st.tokens[m];
    if (!t.word || !t.cap || CALENDAR.has(t.lower)) continue;
    if (refs.some((r) => r.ti <= m && m < r.tj)) continue;
    if (lx.demonyms.has(t.lower) || lx.words['person-titles'].has(t.lower)) continue;
    if (!st.tokens[m - 1].word && /^["'“‘(]$/.test(st.tokens[m - 1].text)) continue; // a quote's first word
    return true;
  }
  return false;
}
