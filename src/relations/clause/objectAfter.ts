import type { EntityRef } from '../../entities/recognizeEntities.js';
import { isVerbLike } from '../../nlp.js';
import { clauseEnd } from './clauseBounds.js';
import { group } from './group.js';
import { isPlaceModifier } from './placeModifier.js';
import type { SentenceView } from './sentenceView.js';

/** The first entity after token tj in the same clause ("rejected an offer from Norvex"). */
export function objectAfter(v: SentenceView, tj: number, exclude: Set<string>, limit = 10): EntityRef[] {
  const end = Math.min(clauseEnd(v, tj), tj + limit);
  for (let k = tj; k < end; k++) {
    const r = v.refs.find((x) => x.ti === k && (!exclude.has(x.key) || (x.alt && !exclude.has(x.alt))));
    // "an offer for Italy's Banco Lido": a place's possessive only locates the name after it
    if (r && isPlaceModifier(v, r)) {
      k = r.tj; // past its "'s"
      continue;
    }
    if (r) return exclude.has(r.key) ? [{ ...r, key: r.alt! }] : group(v, r);
    const w = v.lowers[k];
    // "Norvex and Qadira merged in 2017, and Lumo bought Tessel": a new clause
    if (k > tj && w === ',' && (v.lowers[k + 1] === 'and' || v.lowers[k + 1] === 'but')) break;
    if (k > tj && (v.words.auxiliaries.has(w) || v.words['speech-verbs'].has(w))) break;
    if (k > tj && /ed$/.test(w) && isVerbLike(w) && !['the', 'a', 'an'].includes(v.lowers[k - 1])) break;
  }
  return [];
}
