/**
 * A leader's title with no organisation written ("'Too low,' said chief executive Mara Quist",
 * "Chairman Tom Hale, who has run the chain since 2015, ...") holds the organisation in focus:
 * an implicit reference is placed where the organisation would be written ("said [Tessel] chief
 * executive Mara Quist"), so the title frames read it as they read a name before a title.
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';
import { implicitRef } from './makeRef.js';
import { isPrepositional } from './sentenceSubjects.js';
import { wordSet } from '../../lexicon/wordSet.js';

/**
 * Words a bare title may follow: "said chief executive X", "and founder X". Not a preposition: in
 * "Pexo, led by chief executive Ana Ruiz" the by-agent is the person, and the frame of "led" reads it.
 */
const LEADS_IN = wordSet('bare-title-lead-ins');
const RELATIVES = wordSet('relative-pronouns');

function isLeadsTitle(st: SentenceTokens, k: number, lx: CompiledLexicon): number {
  const m = longestMatch(lx.triggers, st.lowers, k);
  if (!m || !m.values.some((t) => t.relation === 'LEADS' && t.kind === 'agent')) return -1;
  // "President Tom Hale", "Senator Ruiz": a state office is no post at a company
  if (longestMatch(lx.phrases['government-titles'], st.lowers, k)) return -1;
  return m.end;
}

/** Nothing names the organisation before the title: not "Norvex's", "its", "the Norvex", "deputy". */
function bareBefore(
  st: SentenceTokens,
  k0: number,
  refs: readonly EntityRef[],
  lx: CompiledLexicon,
): boolean {
  if (k0 === 0) return true;
  if (refs.some((r) => r.tj === k0 || (r.ti < k0 && k0 < r.tj))) return false;
  const t = st.tokens[k0 - 1];
  if (!t.word) return !["'s", '’s'].includes(t.lower);
  if (t.cap) return false;
  const w = t.lower;
  // "Cleveland, whose chief executive Ana Ruiz": the organisation is the relative's antecedent
  if (RELATIVES.has(w)) return false;
  return LEADS_IN.has(w) || lx.words['speech-verbs'].has(w) || lx.words['clause-boundaries'].has(w);
}

/** The person holding the title: right after it ("chief executive Mara Quist") or in apposition before it. */
function holder(
  st: SentenceTokens,
  k0: number,
  end: number,
  refs: readonly EntityRef[],
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): EntityRef | undefined {
  let k = end;
  while (k < st.tokens.length && lx.words['person-titles'].has(st.lowers[k])) k++; // "founder Sir Tom Hale"
  const after = refs.find((r) => r.ti === k);
  if (after) return after;
  // "Mara Quist, chief executive, said"
  if (st.lowers[k0 - 1] === ',' && (st.lowers[end] === ',' || !st.tokens[end]?.word)) {
    return refs.filter((r) => r.tj === k0 - 1).at(-1);
  }
  return undefined;
}

export function bareTitleRefs(
  st: SentenceTokens,
  refs: readonly EntityRef[],
  orgInFocus: string | undefined,
  knownOrg: ReadonlyMap<string, string>,
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): EntityRef[] {
  const out: EntityRef[] = [];
  const L = st.lowers;
  for (let k = 0; k < st.tokens.length; k++) {
    if (!lx.triggerFirstWords.has(L[k])) continue;
    const end = isLeadsTitle(st, k, lx);
    if (end < 0) continue;
    let k0 = k;
    while (k0 > 0 && lx.words['former-markers'].has(L[k0 - 1])) k0--;
    const next = L[end];
    // "chief executive of Pexo", "chairman at Pexo": the organisation is written
    if (next === 'of' || next === 'at' || next === "'s" || next === '’s') continue;
    if (!bareBefore(st, k0, refs, lx)) continue;
    // "Ana Ruiz, CEO, Norvex, said": the organisation is written after the title
    if (next === ',' && refs.some((r) => r.ti === end + 1 && entities.get(r.key)?.type !== 'Person'))
      continue;
    const who = holder(st, k0, end, refs, entities, lx);
    const person = who ? entities.get(who.key) : undefined;
    if (!person || person.type !== 'Person' || person.official) continue;
    // "Pexo chief executive Mara Quist ... said chief executive Mara Quist": the title she is known by;
    // else the organisation in focus: the sentence's own subject before the title, else the story's
    const known = knownOrg.get(person.key);
    const here = refs.find(
      (r) => r.tj <= k0 && entities.get(r.key)?.type === 'Organization' && !isPrepositional(st, r, lx),
    );
    const org = known ?? here?.key ?? orgInFocus;
    if (!org || entities.get(org)?.type !== 'Organization') continue;
    out.push(implicitRef(st, org, k0));
    k = end - 1;
  }
  return out;
}
