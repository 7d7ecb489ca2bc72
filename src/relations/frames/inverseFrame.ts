import { objectAfter, subject, typeOf, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/**
 * "Norvex submitted its plan to the Competition Authority": the object regulates the subject;
 * "Corvane came under the control of Halden": the object owns (or acquired) the subject.
 */
export function inverseFrame(v: SentenceView, f: Frame): Candidate[] {
  const subj = subject(v, f.ti, f.form.form === 'gerund');
  const obj = objectAfter(v, f.tj, new Set(subj.map((r) => r.key)));
  // only a government regulates; "Corvane came under the control of Halden": any owner owns
  // ("came under the ownership of the Ruiz group": a surname before "group" names the family's firm, not the person)
  const srcs =
    f.form.relation === 'REGULATES'
      ? obj.filter((r) => typeOf(v, r) === 'Government')
      : obj.filter((r) => !(typeOf(v, r) === 'Person' && /^(group|family)$/.test(v.lowers[r.tj] ?? '')));
  return pairs(v, f.ti, f.form.relation, srcs, subj, 0.7, triggerText(v, f));
}
