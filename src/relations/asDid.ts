import type { EntityRef } from '../entities/recognizeEntities.js';
import { ALLOWED_TYPES } from './allowedTypes.js';
import { group, type SentenceView } from './clause/index.js';
import type { Candidate } from './frames/frame.js';
import { wordSet } from '../lexicon/wordSet.js';

/** The auxiliaries of an elliptic comparison: "as did Halden Capital", "as has Lumo". */
const ELLIPTIC = wordSet('elliptic-auxiliaries');

/**
 * "The board recommended the offer from Norvex, as did Halden Capital": the names after
 * ", as did" do what the clause's subject does. Each candidate read before the ellipsis gets a
 * copy with the ellipsis' names as its source.
 */
export function asDid(v: SentenceView, read: readonly Candidate[]): Candidate[] {
  const L = v.lowers;
  const out = [...read];
  for (let k = 1; k + 2 < v.n; k++) {
    if (L[k] !== 'as' || L[k - 1] !== ',' || !ELLIPTIC.has(L[k + 1])) continue;
    // "as did the pension fund Halden Capital": a few description words may stand first
    const first = v.refs.find((r) => r.ti > k + 1 && r.ti <= k + 5);
    if (!first) continue;
    const names: EntityRef[] = group(v, first);
    for (const c of read) {
      if (c.at > k) continue;
      for (const n of names) {
        const e = v.ctx.entities.get(n.key);
        if (!e || n.key === c.target.key || !ALLOWED_TYPES[c.type].source.includes(e.type)) continue;
        if (c.type === 'REGULATES' && e.type === 'Person' && !e.official) continue;
        out.push({ ...c, source: n, confidence: c.confidence * 0.9 });
      }
    }
  }
  return out;
}
