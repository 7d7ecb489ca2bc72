import type { EntityRef } from '../../entities/recognizeEntities.js';
import { group } from './group.js';
import type { SentenceView } from './sentenceView.js';

/**
 * The agent of a passive or a noun: "rejected by Qadira", "an offer from Norvex". Of "by
 * Borland's Norvex", the name after the possessive is the agent; of "by Norvex's board", Norvex.
 */
export function byAgent(v: SentenceView, tj: number, window = 3): EntityRef[] {
  for (let k = tj; k < Math.min(v.n, tj + window); k++) {
    if (v.lowers[k] === 'by' || v.lowers[k] === 'from') {
      let r = v.refs.find((x) => x.ti > k && x.ti <= k + 4);
      const owned = r?.possessive ? v.refs.find((x) => x.ti > r!.tj && x.ti <= r!.tj + 2) : undefined;
      if (owned) r = owned;
      // "by Tom Hale's predecessor, Ana Ruiz": the name in apposition to the possessed noun
      const apposed = r && !owned ? apposedToPossessed(v, r) : undefined;
      if (apposed) r = apposed;
      return r ? group(v, r) : [];
    }
  }
  return [];
}

/** "Tom Hale's predecessor, Ana Ruiz", "Norvex' chief executive, Ana Ruiz": Ana Ruiz, of the possessor r. */
function apposedToPossessed(v: SentenceView, r: EntityRef): EntityRef | undefined {
  const L = v.lowers;
  let k = r.possessive ? r.tj + 1 : r.tj;
  if (!r.possessive && L[k] !== "'" && L[k] !== '’') return undefined;
  if (!r.possessive) k++;
  const noun = k;
  while (k < noun + 3 && /^[a-z-]+$/.test(L[k] ?? '') && L[k] !== 'and') k++;
  if (k === noun || L[k] !== ',') return undefined;
  // "... predecessor, Minister Ana Ruiz": past a title
  const titled = v.ctx.tokens.tokens[k + 1]?.cap === true;
  return v.refs.find(
    (x) => (x.ti === k + 1 || (titled && x.ti === k + 2)) && x.kind === 'name' && !x.possessive,
  );
}
