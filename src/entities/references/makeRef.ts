import type { SentenceTokens } from '../docTokens.js';
import { entityRef } from '../entityRef.js';
import type { EntityRef } from '../recognizeEntities.js';

/** A descriptor or pronoun reference over tokens i..j; its text is filled in once the sentence is done. */
export function makeRef(
  st: SentenceTokens,
  key: string,
  i: number,
  j: number,
  kind: EntityRef['kind'],
): EntityRef {
  return entityRef(st, key, kind, i, j, { start: st.tokens[i].start, end: st.tokens[j - 1].end, text: '' });
}

/**
 * An implied reference written nowhere: zero tokens wide (ti === tj) at token i, of kind
 * 'descriptor'. "said chief executive Mara Quist" reads as "said [Tessel] chief executive Mara Quist".
 */
export function implicitRef(st: SentenceTokens, key: string, i: number): EntityRef {
  const at = st.tokens[i].start;
  const r = entityRef(st, key, 'descriptor', i, i, { start: at, end: at, text: '' });
  r.possessive = false;
  return r;
}
