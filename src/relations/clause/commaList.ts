import type { EntityRef } from '../../entities/recognizeEntities.js';
import { POSS, type SentenceView } from './sentenceView.js';

/** The name starting at k, past one article: "the Pexo Times". */
function nameAt(v: SentenceView, k: number): EntityRef | undefined {
  const at = v.lowers[k] === 'the' ? k + 1 : k;
  const r = v.refs.find((x) => x.ti === at && x.kind === 'name');
  return r && !POSS.has(v.lowers[r.tj]) ? r : undefined;
}

/**
 * The rest of a list whose first name ends just before the comma at `comma`: "owns the Corvane
 * Herald, the Pexo Times and the Brix Daily News" -> [Pexo Times, Brix Daily News]. Only a list
 * closed by "and"/"or" and a name counts, so an apposition ("Corvane, Halden's unit, said") is no list.
 */
export function commaList(v: SentenceView, comma: number): EntityRef[] {
  const out: EntityRef[] = [];
  let k = comma;
  while (v.lowers[k] === ',') {
    if (v.lowers[k + 1] === 'and' || v.lowers[k + 1] === 'or') {
      k += 1;
      break;
    }
    const r = nameAt(v, k + 1);
    if (!r) return [];
    out.push(r);
    k = r.tj;
  }
  if (out.length === 0 || (v.lowers[k] !== 'and' && v.lowers[k] !== 'or')) return [];
  const last = nameAt(v, k + 1);
  return last ? [...out, last] : [];
}
