import { group, objectAfter, passive, type SentenceView } from '../clause/index.js';
import { afterFrom } from './dealVerbGuard.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/**
 * "Norvex bought Pexo from Halden", "agreed to buy Pexo from Halden": the one bought from owns (or
 * owned) what is bought. Read once per trigger, on its ACQUIRED reading.
 */
export function sellerFrame(v: SentenceView, f: Frame): Candidate[] {
  if (f.form.relation !== 'ACQUIRED' || passive(v, f.ti, f.form.form)) return [];
  const bought = objectAfter(v, f.tj, new Set(), 6);
  if (bought.length === 0 || bought[0].kind !== 'name' || afterFrom(v, bought[0].ti)) return [];
  const end = Math.max(...bought.map((r) => r.tj));
  if (v.lowers[end] !== 'from') return [];
  const seller = v.refs.find((r) => r.ti > end && r.ti <= end + 4);
  if (!seller) return [];
  return pairs(v, f.ti, 'OWNS', group(v, seller), bought, 0.7, triggerText(v, f));
}
