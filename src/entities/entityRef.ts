import type { SentenceTokens } from './docTokens.js';
import type { EntityRef } from './recognizeEntities.js';

/**
 * A reference with every field set, so that all of them share one object shape (V8 then keeps the
 * code that reads them optimised). `possessive` comes from the next token: "Norvex's bid".
 */
export function entityRef(
  st: SentenceTokens,
  key: string,
  kind: EntityRef['kind'],
  i: number,
  j: number,
  span: { start: number; end: number; text: string },
  part = false,
): EntityRef {
  const next = st.lowers[j];
  return {
    key,
    sentence: st.sentence.index,
    ti: i,
    tj: j,
    start: span.start,
    end: span.end,
    text: span.text,
    kind,
    possessive: next === "'s" || next === '’s',
    part,
    alt: undefined,
  };
}
