/**
 * What "they" / "their" may mean: names coordinated as one subject ("Norvex and Qadira
 * said they would merge their units"), else one organisation subject ("Norvex said their offer
 * was final"), unless a plural common noun stands between them ("Norvex's shareholders said
 * they ..." is about the shareholders).
 */
import type { SentenceTokens } from '../docTokens.js';
import type { EntityRef } from '../recognizeEntities.js';
import type { PronounContext } from './pronounAntecedents.js';
import { clauseStartAt, isPrepositional, ORG_TYPES } from './sentenceSubjects.js';

/** The names coordinated with r: "Norvex, Qadira and Halden", "Norvex and US firm Marlow". */
export function coordinated(st: SentenceTokens, refs: readonly EntityRef[], r: EntityRef): EntityRef[] {
  const members = [r];
  let last = r;
  for (;;) {
    let k = last.tj;
    // "Tom Hale, re-elected in Borland on Sunday, and Ana Ruiz": past an apposition between commas
    if (st.lowers[k] === ',') k = appositionEnd(st, k);
    if (st.lowers[k] === ',') k++;
    if (st.lowers[k] === 'and' || st.lowers[k] === '&') k++;
    if (k === last.tj) break;
    const next = refs.find((x) => x.ti >= k && x.ti <= k + 3 && x.kind === 'name');
    if (!next) break;
    // only lower-case descriptor words between: "and US private equity firm Marlow" has a capital, "and retail giant Felder" not
    // ("Tom Hale, re-elected in Borland": a participle's object is no member)
    if (
      st.tokens.slice(k, next.ti).some((t) => !t.word || /ed$|^(in|of|at|on|from|for|by|with)$/.test(t.lower))
    )
      break;
    members.push(next);
    last = next;
  }
  return members;
}

/** The closing comma of an apposition opened at comma k when ", and" follows it ("X, re-elected in Y, and Z"); else k. */
function appositionEnd(st: SentenceTokens, k: number): number {
  for (let j = k + 1; j < Math.min(st.tokens.length - 1, k + 12); j++) {
    const w = st.lowers[j];
    if (w === 'and' || w === 'or' || w === ';') return k;
    if (w === ',') return st.lowers[j + 1] === 'and' ? j : k;
  }
  return k;
}

const NOT_PLURAL_NOUNS = new Set([
  'its',
  'has',
  'was',
  'is',
  'this',
  'thus',
  'plus',
  'as',
  'us',
  'does',
  'his',
]);

/** "shareholders", "analysts": a lower-case plural-looking noun that could be the pronoun's antecedent. */
function pluralNounBetween(st: SentenceTokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = st.tokens[k];
    if (!t.word || t.cap || NOT_PLURAL_NOUNS.has(t.lower)) continue;
    if (/[^s]s$/.test(t.lower) && t.lower.length >= 4) return true;
  }
  return false;
}

/** Candidate groups for the plural pronoun at token k, most likely first. */
export function pluralAntecedents(c: PronounContext, k: number): EntityRef[][] {
  const { st, entities, lx } = c;
  const before = c.refs.filter((r) => r.tj <= k && r.kind !== 'pronoun');
  const subjects = before.filter((r) => !isPrepositional(st, r, lx) && !r.possessive);
  const cs = clauseStartAt(st, k, lx);
  const out: EntityRef[][] = [];
  for (const r of [...subjects.filter((x) => x.ti >= cs), ...subjects]) {
    const g = coordinated(st, before, r);
    if (g.length >= 2 && !pluralNounBetween(st, g.at(-1)!.tj, k)) out.push(g);
  }
  for (const r of [...subjects.filter((x) => x.ti >= cs), ...subjects]) {
    const type = entities.get(r.key)?.type;
    if (type === 'Organization' && ORG_TYPES.includes(type) && !pluralNounBetween(st, r.tj, k)) out.push([r]);
  }
  return out;
}
