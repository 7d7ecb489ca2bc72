import { byAgent, objectAfter, passive, subject, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/** Words before a verb that make it unreal: "agreed to buy", "could acquire". */
export const NOT_REALIS = new Set([
  'to',
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'shall',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'any']);

/**
 * A verb trigger: "Qadira rejected Norvex's offer" (subject -> object), "Norvex's offer was
 * rejected by Qadira" (by-agent -> subject).
 */
export function verbFrame(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const L = v.lowers;
  // "a bid", "its offer": a determiner makes the word a noun
  if (DETERMINERS.has(L[f.ti - 1] ?? '')) return [];
  // "with backing from Felder": a gerund after a preposition is a noun
  if (f.form.form === 'gerund' && v.words.prepositions.has(L[f.ti - 1] ?? '')) return [];
  const trig = triggerText(v, f);
  const isPassive = passive(v, f.ti, f.form.form);
  if (rel === 'ACQUIRED' || rel === 'BID_FOR') {
    // "Norvex acquired Qadira" (done) vs "agreed to buy", "plans to acquire" (a bid)
    const prev = L[f.ti - 1];
    const realis =
      (f.form.form === 'past' || isPassive) && !NOT_REALIS.has(prev) && !NOT_REALIS.has(L[f.ti - 2] ?? '');
    if (rel === 'ACQUIRED' && !realis) return [];
    // a completed purchase is ACQUIRED, not BID_FOR ("bid" itself stays a bid)
    if (rel === 'BID_FOR' && realis && f.form.form !== 'base' && L[f.ti] !== 'bid') return [];
  }
  if (isPassive) {
    // "Norvex's bid was rejected by Qadira" (passive)
    const src = byAgent(v, f.tj);
    const tgt = subject(v, f.ti, false);
    return src.length > 0 && tgt.length > 0 ? pairs(v, f.ti, rel, src, tgt, 0.85, trig) : [];
  }
  const src = subject(v, f.ti, f.form.form === 'gerund');
  if (src.length === 0) return [];
  const tgt = objectAfter(v, f.tj, new Set(src.map((r) => r.key)));
  const out = pairs(v, f.ti, rel, src, tgt, 0.85, trig);
  // "Norvex and Qadira will partner": no object, a coordinated subject
  if (rel === 'PARTNERED_WITH' && tgt.length === 0 && src.length >= 2)
    out.push(...pairs(v, f.ti, rel, [src[0]], src.slice(1), 0.8, trig));
  return out;
}
