import type { EntityRef } from '../../entities/recognizeEntities.js';
import { group } from './group.js';
import { isPlaceModifier } from './placeModifier.js';
import type { SentenceView } from './sentenceView.js';

/** The agent of a passive or a noun: "rejected by Qadira", "an offer from Norvex". */
export function byAgent(v: SentenceView, tj: number, window = 3): EntityRef[] {
  for (let k = tj; k < Math.min(v.n, tj + window); k++) {
    if (v.lowers[k] === 'by' || v.lowers[k] === 'from') {
      // "by Brazil's Vale Rio": a place's possessive only locates the name after it
      const r = v.refs.find((x) => x.ti > k && x.ti <= k + 4 && !isPlaceModifier(v, x));
      return r ? group(v, r) : [];
    }
  }
  return [];
}
