/**
 * "Norvex sold Lumo to Qadira, and the two companies will co-operate": "the two companies" (or "both
 * firms") is a reference to the two organisations named just before it, in its sentence or, when
 * the sentence names none before it, the sentence before. Any other count is no pair.
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';
import { makeRef } from './makeRef.js';

/** The end of "the two companies" / "both firms" at token k, else -1. */
function pairPhraseEnd(st: SentenceTokens, k: number, lx: CompiledLexicon): number {
  const L = st.lowers;
  if (L[k] === 'the' && L[k + 1] === 'two' && lx.words['pair-nouns'].has(L[k + 2] ?? '')) return k + 3;
  if (L[k] === 'both' && lx.words['pair-nouns'].has(L[k + 1] ?? '')) return k + 2;
  return -1;
}

/** The two distinct organisations among refs (in order), or undefined for any other count. */
function twoOrganisations(
  refs: readonly EntityRef[],
  entities: Map<string, DocEntity>,
): [EntityRef, EntityRef] | undefined {
  const seen = new Map<string, EntityRef>();
  for (const r of refs)
    if (entities.get(r.key)?.type === 'Organization' && !seen.has(r.key)) seen.set(r.key, r);
  const orgs = [...seen.values()];
  return orgs.length === 2 ? [orgs[0], orgs[1]] : undefined;
}

/** The refs of a pair phrase at token k (one per organisation, as parts of one group), else []. */
export function pairRefs(
  st: SentenceTokens,
  k: number,
  here: readonly EntityRef[],
  previous: readonly EntityRef[] | undefined,
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): EntityRef[] {
  const end = pairPhraseEnd(st, k, lx);
  if (end < 0) return [];
  const before = here.filter((r) => r.tj <= k);
  const pair = twoOrganisations(before.length > 0 ? before : (previous ?? []), entities);
  if (!pair) return [];
  return pair.map((p) => {
    const r = makeRef(st, p.key, k, end, 'descriptor');
    r.part = true; // "the two companies" = Norvex and Qadira: one group, as "Norvex-Qadira"
    return r;
  });
}
