/**
 * "the latter": the last entity named before it ("switched its support to Marlow when the latter
 * raised its bid" -> Marlow), in this sentence or the one before.
 */
import type { SentenceTokens } from '../docTokens.js';
import type { EntityRef } from '../recognizeEntities.js';
import { makeRef } from './makeRef.js';

export function latterRef(
  st: SentenceTokens,
  k: number,
  here: readonly EntityRef[],
  previous: readonly EntityRef[] | undefined,
): EntityRef | undefined {
  if (st.lowers[k + 1] !== 'latter') return undefined;
  const named = (r: EntityRef): boolean => r.kind === 'name' && r.ti < r.tj;
  const last = here.filter((r) => named(r) && r.tj <= k).at(-1) ?? previous?.filter(named).at(-1);
  return last ? makeRef(st, last.key, k, k + 2, 'descriptor') : undefined;
}
