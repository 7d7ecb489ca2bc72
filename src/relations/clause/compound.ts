import type { EntityRef } from '../../entities/recognizeEntities.js';
import { isQuote, type SentenceView } from './sentenceView.js';

/** "a Norvex bid", "an Norvex-Qadira partnership": a name right before the noun. */
export function compound(v: SentenceView, ti: number): EntityRef[] {
  let k = ti;
  while (k > 0 && isQuote(v.lowers[k - 1])) k--;
  const r = v.refs.filter((x) => x.tj === k && x.kind === 'name' && !x.possessive).at(-1);
  if (!r) return [];
  return r.part ? v.refs.filter((x) => x.ti === r.ti && x.part) : [r];
}
