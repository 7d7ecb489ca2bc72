/**
 * The organisation and the person a story is about at each point: the subject of the latest
 * sentence that has one ("Tessel rejected the offer." puts Tessel in focus).
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';
import { ORG_TYPES, subjectsIn, unnamedSubjectAt } from './sentenceSubjects.js';

export interface Focus {
  org?: { key: string; sentence: number };
  person?: { key: string; sentence: number };
  /** The last organisation subjects (up to 8), latest last. */
  orgs: { key: string; sentence: number }[];
}

export const NO_FOCUS: Focus = { orgs: [] };

/** The focus after sentence `st` with the given refs. */
export function nextFocus(
  focus: Focus,
  st: SentenceTokens,
  refs: readonly EntityRef[],
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): Focus {
  const s = st.sentence.index;
  const n = st.tokens.length;
  const org = subjectsIn(st, refs, 0, n, ORG_TYPES, entities, lx)[0];
  const person = subjectsIn(st, refs, 0, n, ['Person'], entities, lx)[0];
  // "The competition authority said ...": an organisation we cannot name is now in focus
  const unnamed = !org && unnamedSubjectAt(st, 0, refs, lx);
  return {
    org: org ? { key: org.key, sentence: s } : unnamed ? undefined : focus.org,
    person: person ? { key: person.key, sentence: s } : focus.person,
    orgs: org ? [...focus.orgs.slice(-7), { key: org.key, sentence: s }] : focus.orgs,
  };
}

/** The story's main organisation: mentioned more often than any other (a tie names none). */
export function mainOrganisation(
  entities: Map<string, DocEntity>,
  salience: Map<string, number>,
): string | undefined {
  let main: string | undefined;
  let tie = false;
  for (const [key, n] of salience) {
    if (entities.get(key)?.type !== 'Organization') continue;
    const best = main ? salience.get(main)! : -1;
    if (n === best) tie = true;
    if (n > best) [main, tie] = [key, false];
  }
  return tie ? undefined : main;
}

/**
 * The organisation a bare title or "the board" belongs to at sentence s: the latest organisation
 * subject when it is also the story's main organisation, or the main one when it was just
 * mentioned, or the latest subject when no other organisation was a subject in the last sentences.
 * "Norvex bid for Tessel. Tessel rejected it. 'Too low,' said chief executive Mara Quist": Tessel.
 */
export function titleOrganisation(
  focus: Focus,
  s: number,
  refs: readonly EntityRef[][],
  main: string | undefined,
  salience: Map<string, number>,
): string | undefined {
  const recent = focus.orgs.filter((o) => s - o.sentence <= 3);
  const last = recent.at(-1)?.key;
  if (last && last === main) return last;
  if (main && [s, s - 1, s - 2].some((i) => i >= 0 && refs[i].some((r) => r.key === main))) return main;
  if (last && recent.every((o) => o.key === last) && (salience.get(last) ?? 0) >= 2) return last;
  return undefined;
}

/** The focused entity of a kind if it was set at most `within` sentences before sentence s. */
export function focused(f: Focus['org'], s: number, within: number): string | undefined {
  return f && s - f.sentence <= within ? f.key : undefined;
}
