import type { EntityRef } from '../../entities/recognizeEntities.js';
import { commaList } from './commaList.js';
import { POSS, type SentenceView } from './sentenceView.js';

/** The ref plus refs coordinated with it: "Norvex and Qadira", "Norvex-Qadira". */
export function group(v: SentenceView, r: EntityRef): EntityRef[] {
  const members = v.refs.filter((x) => x.ti === r.ti && x.part === r.part && (r.part || x === r));
  let last = members[members.length - 1];
  for (;;) {
    let k = last.tj;
    if (POSS.has(v.lowers[k])) break;
    // "A, B and C": a comma list closed by "and" and a name
    const list = v.lowers[k] === ',' && !['and', 'or'].includes(v.lowers[k + 1]) ? commaList(v, k) : [];
    if (list.length > 0) return [...members, ...list];
    if (v.lowers[k] === ',') k++;
    if (!['and', 'or', '&'].includes(v.lowers[k])) break;
    k++;
    // skip descriptor words: "and retail giant Walmart"
    let nextRef: EntityRef | undefined;
    for (let s = k; s < Math.min(v.n, k + 5); s++) {
      nextRef = v.refs.find((x) => x.ti === s);
      if (nextRef) break;
      const t = v.ctx.tokens.tokens[s];
      // "and the central bank, Banque de Norvex,": the name in apposition to the description
      if (t.lower === ',' && s > k) nextRef = apposedName(v, s);
      if (!t.word || t.cap || v.words.prepositions.has(t.lower)) break;
    }
    if (!nextRef || POSS.has(v.lowers[nextRef.tj])) break;
    members.push(nextRef);
    last = nextRef;
  }
  return members;
}

/** The name between the comma at k and a closing comma: "the central bank, Banque de Norvex, ...". */
function apposedName(v: SentenceView, k: number): EntityRef | undefined {
  const r = v.refs.find((x) => x.ti === k + 1 && x.kind === 'name' && !x.possessive);
  return r && v.lowers[r.tj] === ',' ? r : undefined;
}
