import { objectAfter, subject, typeOf, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/** "Norvex submitted its plan to the Competition Authority": the object regulates the subject. */
export function inverseFrame(v: SentenceView, f: Frame): Candidate[] {
  const subj = subject(v, f.ti, f.form.form === 'gerund');
  const obj = objectAfter(v, f.tj, new Set(subj.map((r) => r.key)));
  const govs = obj.filter((r) => typeOf(v, r) === 'Government');
  return pairs(v, f.ti, f.form.relation, govs, subj, 0.7, triggerText(v, f));
}
