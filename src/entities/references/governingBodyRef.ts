/**
 * "the board" alone ("The board rejected the offer", "the board, led by chairman Tom Hale, ...")
 * acts for the organisation in focus: a descriptor reference to it. Not "the board of Pexo" nor
 * "the Board of Trade" (a name).
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import type { EntityRef } from '../recognizeEntities.js';
import { makeRef } from './makeRef.js';

export function governingBodyRef(
  st: SentenceTokens,
  k: number,
  org: string | undefined,
  lx: CompiledLexicon,
): EntityRef | undefined {
  const body = st.tokens[k + 1];
  if (!org || !body || body.cap || !lx.words['governing-bodies'].has(body.lower)) return undefined;
  const next = st.lowers[k + 2];
  if (next === 'of' || next === "'s" || next === '’s') return undefined;
  return makeRef(st, org, k, k + 2, 'descriptor');
}

/**
 * "Halden Capital voted with management", "sided with management": a bare governing body after a
 * preposition acts for the organisation in focus too.
 */
export function bareGoverningBodyRef(
  st: SentenceTokens,
  k: number,
  org: string | undefined,
  lx: CompiledLexicon,
): EntityRef | undefined {
  const t = st.tokens[k];
  if (!org || t.cap || t.lower !== 'management' || !lx.words.prepositions.has(st.lowers[k - 1] ?? ''))
    return undefined;
  const next = st.lowers[k + 1];
  if (next === 'of' || (next !== undefined && st.tokens[k + 1].word && !lx.words.prepositions.has(next)))
    return undefined;
  return makeRef(st, org, k, k + 1, 'descriptor');
}
