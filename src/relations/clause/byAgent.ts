import type { EntityRef } from '../../entities/recognizeEntities.js';
import { group } from './group.js';
import { typeOf, type SentenceView } from './sentenceView.js';

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
      if (r) r = pastPlaceModifier(v, r);
      return r ? group(v, r) : [];
    }
  }
  return [];
}

/**
 * "headed by UK buyout firm Halden Capital": a place before a descriptor only locates the name
 * after it (lower-case words only between them).
 */
function pastPlaceModifier(v: SentenceView, r: EntityRef): EntityRef {
  if (r.possessive || typeOf(v, r) !== 'Place') return r;
  for (let k = r.tj; k < Math.min(v.n, r.tj + 5); k++) {
    const next = v.refs.find((x) => x.ti === k);
    if (next) return k > r.tj ? next : r;
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap || v.words.prepositions.has(t.lower) || v.words['clause-boundaries'].has(t.lower))
      return r;
  }
  return r;
}
