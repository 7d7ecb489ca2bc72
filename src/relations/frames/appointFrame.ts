import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { objectAfter, passive, subject, typeOf, POSS, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

const isPerson = (v: SentenceView, r: EntityRef): boolean => typeOf(v, r) === 'Person';
const isBody = (v: SentenceView, r: EntityRef): boolean =>
  typeOf(v, r) === 'Organization' || typeOf(v, r) === 'Government';

/**
 * A verb of appointment: "Qadira named Ana Ruiz as its chief executive", "the Lumo Party elected
 * Tom Hale as leader", "Norvex appointed Ana Ruiz chairman", "Ana Ruiz was named chief executive of
 * Norvex". The one named LEADS the organisation the role belongs to: the role's possessor or "of"
 * object, else the organisation that names her. Without a role title it states nothing ("named in
 * the lawsuit", "elected to the board").
 */
export function appointFrame(v: SentenceView, f: Frame): Candidate[] {
  const L = v.lowers;
  const isPassive = passive(v, f.ti, f.form.form);
  const person = isPassive
    ? subject(v, f.ti, false).find((r) => isPerson(v, r))
    : objectAfter(v, f.tj, new Set(), 3).find((r) => isPerson(v, r));
  if (!person) return [];
  let k = isPassive ? f.tj : person.tj;
  // "named Ana Ruiz, the director who chaired its committee, as chief executive": past the apposition
  if (!isPassive && L[k] === ',') {
    const close = L.indexOf(',', k + 1);
    if (close < 0 || close - k > 14) return [];
    k = close + 1;
  }
  if (L[k] === 'as' || L[k] === 'to') k++;
  // the role's possessor: "its chief executive", "Norvex's chairman", "Norvex chief executive"
  let org: EntityRef[] = [];
  const owner = v.refs.find((r) => r.ti === k && r.key !== person.key);
  if (owner) {
    org = [owner];
    k = POSS.has(L[owner.tj]) ? owner.tj + 1 : owner.tj;
  } else if (L[k] === 'the') k++;
  // "as the next chief executive", "as interim chairman": past a modifier or two
  let end = roleEnd(v, k);
  for (let m = 0; end < 0 && m < 2 && plainWord(v, k); m++) end = roleEnd(v, ++k);
  if (end < 0) return [];
  // "... as president and chief executive of Norvex": the "of" object after one or two roles
  const of = L[end] === 'and' && roleEnd(v, end + 1) > 0 ? roleEnd(v, end + 1) : end;
  if (org.length === 0 && L[of] === 'of') org = objectAfter(v, of + 1, new Set([person.key]), 4);
  // "Norvex named Ana Ruiz chief executive": the one that names
  if (org.length === 0 && !isPassive)
    org = subject(v, f.ti, false, 'organisation').filter((r) => isBody(v, r));
  // "Norvex's board met and named Ana Ruiz as chief executive": the one organisation named before
  if (org.length === 0) {
    const before = v.refs.filter((r) => r.tj <= f.ti && r.kind === 'name' && typeOf(v, r) === 'Organization');
    if (before.length > 0 && before.every((r) => r.key === before[0].key)) org = [before[0]];
  }
  return pairs(v, f.ti, 'LEADS', [person], org, 0.8, triggerText(v, f));
}

/** The end of a role title starting at token k ("chief executive", "leader"), else -1. */
function roleEnd(v: SentenceView, k: number): number {
  const m = longestMatch(v.ctx.lexicon.triggers, v.lowers, k);
  return m?.values.some((t) => t.relation === 'LEADS' && t.kind === 'agent') ? m.end : -1;
}

/** A lower-case word that is no preposition: a modifier of a role ("next", "interim"). */
function plainWord(v: SentenceView, k: number): boolean {
  const t = v.ctx.tokens.tokens[k];
  return t !== undefined && t.word && !t.cap && !v.words.prepositions.has(t.lower) && t.lower !== 'and';
}
