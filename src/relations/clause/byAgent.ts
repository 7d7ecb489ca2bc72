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
      return r ? group(v, r) : [];
    }
  }
  return [];
}
