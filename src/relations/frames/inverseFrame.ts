import type { EntityRef } from '../../entities/recognizeEntities.js';
import { objectAfter, subject, typeOf, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/**
 * "Norvex submitted its plan to the Competition Authority": the object regulates the subject;
 * "Corvane came under the control of Halden": the object owns (or acquired) the subject.
 */
export function inverseFrame(v: SentenceView, f: Frame): Candidate[] {
  let subj = subject(v, f.ti, f.form.form === 'gerund');
  if (subj.length === 0 && v.lowers[f.ti - 1] === 'under') subj = underPhraseHolder(v, f.ti - 1);
  // "Norvex asked the Central Bank for permission": the one asked, right before "for"
  const asked = v.lowers[f.ti] === 'for' ? v.refs.filter((r) => r.tj === f.ti && !r.possessive) : [];
  const obj = asked.length > 0 ? asked : objectAfter(v, f.tj, new Set(subj.map((r) => r.key)));
  if (v.lowers[f.ti] === 'for' && asked.length === 0) return [];
  // only a government regulates; "Corvane came under the control of Halden": any owner owns
  // ("came under the ownership of the Ruiz group": a surname before "group" names the family's firm, not the person)
  const srcs =
    f.form.relation === 'REGULATES'
      ? obj.filter((r) => typeOf(v, r) === 'Government')
      : obj.filter((r) => !(typeOf(v, r) === 'Person' && /^(group|family)$/.test(v.lowers[r.tj] ?? '')));
  return pairs(v, f.ti, f.form.relation, srcs, subj, 0.7, triggerText(v, f));
}

/**
 * The one an "under ..." phrase at token u is said of when it stands apart from the clause: in
 * apposition after a name ("Norvex, under pressure from the Trade Ministry, dropped the plan") or
 * opening the sentence before its subject ("Under pressure from the ministry, Qadira sold the unit").
 */
function underPhraseHolder(v: SentenceView, u: number): EntityRef[] {
  const L = v.lowers;
  if (L[u - 1] === ',') {
    const r = v.refs.filter((x) => x.tj === u - 1 && !x.possessive && x.kind !== 'pronoun').at(-1);
    return r ? [r] : [];
  }
  if (u !== 0) return [];
  const comma = L.indexOf(',', u);
  if (comma < 0 || comma > u + 12) return [];
  const r = v.refs.find((x) => x.ti === comma + 1 && !x.possessive);
  return r ? [r] : [];
}
