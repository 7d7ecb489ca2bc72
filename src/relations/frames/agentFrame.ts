import type { EntityRef } from '../../entities/recognizeEntities.js';
import { ALLOWED_TYPES } from '../allowedTypes.js';
import {
  clauseStart,
  compound,
  objectAfter,
  possessor,
  subject,
  typeOf,
  type SentenceView,
} from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'become',
  'became',
  'remains',
  'remained',
]);

/**
 * A role noun naming the source: the possessor, a name before it or its "of"/"at" object is the
 * target, the name in apposition the source ("Norvex's chairman, Ana Ruiz", "chief executive of
 * Norvex, Ana Ruiz", "Norvex CEO Ana Ruiz").
 */
export function agentFrame(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const L = v.lowers;
  let k0 = f.ti;
  let former = false;
  for (let k = f.ti - 1; k >= Math.max(0, f.ti - 2); k--) {
    if (v.words['former-markers'].has(L[k])) {
      former = true;
      k0 = k;
    } else if (L[k] !== 'the') break;
  }
  const trig = (former ? 'former ' : '') + triggerText(v, f);
  const factor = former ? 0.75 : 1;
  // the organisation / owned thing: "Norvex's chairman", "Norvex chairman", "chairman of Norvex"
  const poss = possessor(v, k0);
  let target: EntityRef[] = poss ? [poss] : compound(v, k0);
  let conf = 0.85;
  if (target.length === 0 && (L[f.tj] === 'of' || L[f.tj] === 'at'))
    target = objectAfter(v, f.tj + 1, new Set(), 6);
  // the role holder: "Norvex's chairman, the billionaire Ana Ruiz" (apposition after)
  let source: EntityRef[] = [];
  let s = f.tj;
  if (target.length > 0 && (L[s] === 'of' || L[s] === 'at')) s = Math.max(...target.map((r) => r.tj));
  // after "chief executive of Norvex" the holder is written before the title, not after
  const afterLimit = s === f.tj ? s + 5 : s;
  for (let k = s; k < Math.min(v.n, afterLimit); k++) {
    // a same-named holder means the possessor was mis-resolved: its alternative is meant
    const r = v.refs.find((x) => x.ti === k && !target.some((t) => t.key === x.key && !t.alt));
    const rType = r ? typeOf(v, r) : undefined;
    if (r && rType && ALLOWED_TYPES[rel].source.includes(rType)) {
      source = [r];
      break;
    }
    // "Ana Ruiz, CEO, Norvex, said": the name after the title is the organisation
    if (r) break;
    const t = v.ctx.tokens.tokens[k];
    if (t.word && t.cap) break;
    if (!t.word && L[k] !== ',') break;
  }
  // "Ana Ruiz, the former chief executive of Norvex" / "Ana Ruiz, CEO, Norvex" (apposition before)
  if (source.length === 0) {
    let k = k0 - 1;
    while (k >= 0 && (L[k] === 'the' || L[k] === 'a' || L[k] === 'an')) k--;
    if (poss) k = poss.ti - 1;
    if (L[k] === ',') {
      const r = v.refs.filter((x) => x.tj === k).at(-1);
      if (r) source = [r];
      if (r && target.length === 0 && L[f.tj] === ',') target = objectAfter(v, f.tj + 1, new Set([r.key]), 3);
    }
  }
  // "Ana Ruiz is one of Senator Hale's backers": the clause subject
  if (source.length === 0 && target.length > 0) {
    // only when the role noun is the predicate: "Ana Ruiz is a backer of ...", not "X's order ... Y's owner"
    const cs = clauseStart(v, k0);
    if (L.slice(cs, k0).some((w) => COPULAS.has(w))) {
      source = subject(v, k0, false).filter((r) => !target.some((t) => t.key === r.key));
      conf = 0.75;
    }
  }
  if (source.length > 0 && target.length === 0 && rel === 'OWNS') {
    // "was rejected by Chinese owner Qadira": the owned is the nearest organisation before
    const before = v.refs.filter((r) => r.tj <= k0 && !source.some((x) => x.key === r.key));
    const owned = before.reverse().find((r) => typeOf(v, r) === 'Organization' || typeOf(v, r) === 'Product');
    if (owned) {
      target = [owned];
      conf = 0.6;
    }
  }
  return pairs(v, f.ti, rel, source, target, conf * factor, trig);
}
