import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import type { EntityType } from '../../types.js';
import { ALLOWED_TYPES } from '../allowedTypes.js';
import {
  clauseStart,
  compound,
  group,
  objectAfter,
  possessor,
  subject,
  typeOf,
  POSS,
  type SentenceView,
} from '../clause/index.js';
import { bidTargetInSentence } from './bidTargetInSentence.js';
import { recentDealParties } from './dealParties.js';
import { pronounPossessor } from './pronounPossessor.js';
import { countryUnit } from './countryUnit.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { wordSet } from '../../lexicon/wordSet.js';

const COPULAS = wordSet('copulas');
const ARTICLES = wordSet('articles');
const POSSESSIVES = wordSet('possessive-determiners');

/** A word that may modify a role noun: "private", "equity", "Chicago-based" (not a verb, name or boundary). */
function isModifier(v: SentenceView, k: number): boolean {
  const t = v.ctx.tokens.tokens[k];
  const w = t.lower;
  if (!t.word || ARTICLES.has(w) || w === 'as' || v.words['former-markers'].has(w)) return false;
  // "the British arm of Halden": a nationality word modifies the role
  if (t.cap && !w.includes('-') && !v.ctx.lexicon.demonyms.has(w)) return false;
  // "the newspaper arm of Halden": a description ("the newspaper") may end in the role's modifier
  if (v.refs.some((r) => r.ti <= k && k < r.tj && r.kind !== 'descriptor')) return false;
  return !(
    v.words['clause-boundaries'].has(w) ||
    v.words.prepositions.has(w) ||
    v.words.auxiliaries.has(w) ||
    (/ed$|ing$/.test(w) && !w.includes('-'))
  );
}

/** The "of" object; "arm of Ana Ruiz's Halden Group": a possessor only modifies the name after it. */
function ofObject(v: SentenceView, from: number): EntityRef[] {
  const org = objectAfter(v, from, new Set(), 6);
  const owned =
    org.length === 1 && org[0].possessive
      ? v.refs.find(
          (x) => x.ti > org[0].tj && x.ti <= org[0].tj + 2 && x.kind === 'name' && typeOf(v, x) !== 'Place',
        )
      : undefined;
  return owned ? group(v, owned) : org;
}

/** A role noun read in the sentence: who holds the role, and the organisation it is held at. */
interface RoleReading {
  holder: EntityRef[];
  /** "Corvane, Halden's German unit," "Ana Ruiz, Norvex's chief,": set off by commas, a fact whatever the clause's mood. */
  apposed: boolean;
  org: EntityRef[];
  conf: number;
  trig: string;
}

/**
 * Reads a role noun ("chief executive", "owner", "unit"): the possessor, a name before it, its
 * "of"/"at" object or the name before ", whose" is the organisation; the name in apposition
 * (after or before) or the subject of a copula is the holder, of one of `holderTypes`.
 */
function readRole(
  v: SentenceView,
  f: Frame,
  holderTypes: readonly EntityType[],
  owner = false,
): RoleReading | undefined {
  const L = v.lowers;
  let k0 = f.ti;
  let former = false;
  for (let k = f.ti - 1; k >= Math.max(0, f.ti - 2); k--) {
    if (v.words['former-markers'].has(L[k])) {
      former = true;
      k0 = k;
    } else if (L[k] !== 'the') break;
  }
  // "Norvex vice president Tom Lee", "deputy chief executive": a deputy, not the leader
  if (v.words['deputy-markers'].has(L[k0 - 1] ?? '')) return undefined;
  // "the party leader's campaign": the role is itself a possessor, its holder is not written here
  if (POSS.has(L[f.tj] ?? '')) return undefined;
  // "Norvex chief economist Tom Lee", "Borland chief minister Ana Ruiz": the word only qualifies a
  // noun after it, which is the role
  const next = v.ctx.tokens.tokens[f.tj];
  if (next?.word && !next.cap && isModifier(v, f.tj) && !/^(and|or)$/.test(next.lower)) return undefined;
  const trig = (former ? 'former ' : '') + triggerText(v, f);
  // the organisation: "Norvex's chairman", "Norvex chairman", "chairman of Norvex", "its chairman"
  const poss = possessor(v, k0) ?? pronounPossessor(v, k0);
  let org: EntityRef[] = poss ? [poss] : compound(v, k0);
  // "Chief executive Tom Lee said": the organisation in focus, implied where its name would stand
  // (an implicit reference, src/entities/references/bareTitleRef.ts)
  // ("Norvex agreed to buy Qadira, and chief executive Ana Ruiz will stay": two named before, no guess)
  const implied = v.refs.find((r) => r.ti === k0 && r.tj === k0);
  const namedBefore = v.refs.filter(
    (r) => r.tj <= k0 && r.kind === 'name' && typeOf(v, r) === 'Organization',
  );
  if (org.length === 0 && implied && namedBefore.every((r) => r.key === implied.key)) org = [implied];
  // "Ana Ruiz joined Qadira as chief executive": the organisation joined
  if (org.length === 0) org = joinedOrg(v, k0);
  let conf = poss?.kind === 'pronoun' ? 0.75 : 0.85;
  // "chief executive of Norvex", "a suitor for Qadira" (a bidder is for what it bids for)
  const ofWord = L[f.tj] === 'of' || L[f.tj] === 'at' || (L[f.tj] === 'for' && f.form.relation === 'BID_FOR');
  if (org.length === 0 && ofWord) org = ofObject(v, f.tj + 1);
  // "Norvex agreed to buy Pexo. ... Rival bidders included Halden and Lumo": a bidder with no "for"
  // object bids for the target of the document's deal
  // ("Rival bidders for the two chains included Halden and Lumo": a "for" object that names no one is
  // a description of that target)
  const describedTarget =
    ofWord && L[f.tj] === 'for' && !v.ctx.tokens.tokens.slice(f.tj + 1, f.tj + 5).some((t) => t.cap);
  if (org.length === 0 && (!ofWord || describedTarget) && f.form.relation === 'BID_FOR') {
    org = recentDealParties(v, k0).slice(1);
    conf = 0.65;
  }
  // "Qadira, where Ana Ruiz is chief executive,": the name before ", where"
  if (org.length === 0) org = whereOrg(v, k0);
  // "Barclon Bank, whose chief executive Ana Ruiz": the name before ", whose"
  if (org.length === 0 && L[k0 - 1] === 'whose' && L[k0 - 2] === ',') {
    const r = v.refs.filter((x) => x.tj === k0 - 2).at(-1);
    if (r) org = [r];
  }
  // the holder: "Norvex's chairman, the veteran banker Ana Ruiz" (apposition after)
  let holder: EntityRef[] = [];
  let apposed = false;
  let s = f.tj;
  if (org.length > 0 && ofWord) s = Math.max(...org.map((r) => r.tj));
  // "Rival bidders for the two chains included ...": past the description to the verb
  if (describedTarget) {
    const inc = L.findIndex((w, i) => i > f.tj && i < f.tj + 7 && /^includ(e|es|ed)$/.test(w));
    if (inc > 0) s = inc;
  }
  // "Bidders for Qadira included Norvex and Halden": the holders follow "include"
  if (org.length > 0 && /^includ(e|es|ed)$/.test(L[s] ?? '')) {
    const r = v.refs.find((x) => x.ti === s + 1);
    const rType = r ? typeOf(v, r) : undefined;
    if (r && rType && holderTypes.includes(rType)) holder = group(v, r);
  }
  // after "chief executive of Norvex" the holder is written before the title, not after
  // unless the title opens its clause: "Another backer of Tom Hale, Halden Capital, said ..."
  const opens = L[s] === ',' && !v.refs.some((r) => r.tj <= k0 && r.ti >= clauseStart(v, k0));
  let afterLimit = s === f.tj ? s + 5 : opens ? s + 2 : s;
  for (let k = s; holder.length === 0 && k < Math.min(v.n, afterLimit); k++) {
    // "Norvex chairman and chief executive Ana Ruiz": a second title for the same holder
    const also = L[k] === 'and' ? longestMatch(v.ctx.lexicon.triggers, L, k + 1) : undefined;
    if (also?.values.some((t) => t.relation === f.form.relation && t.kind === f.form.kind)) {
      afterLimit += also.end - k;
      k = also.end - 1;
      continue;
    }
    // "Norvex's owner has proposed it ...": an apposition ends at a verb; a pronoun is no apposition
    if (v.words.auxiliaries.has(L[k]) || v.words['speech-verbs'].has(L[k])) break;
    // a same-named holder means the possessor was mis-resolved: its alternative is meant
    const r = v.refs.find((x) => x.ti === k && !org.some((t) => t.key === x.key && !t.alt));
    if (r?.kind === 'pronoun') break;
    const rType = r ? typeOf(v, r) : undefined;
    if (r && rType && holderTypes.includes(rType)) {
      holder = [r];
      break;
    }
    // "Ana Ruiz, CEO, Norvex, said": the name after the title is the organisation
    if (r) break;
    const t = v.ctx.tokens.tokens[k];
    // "Qadira founder Sir Tom Lee": an honorific before the holder's name
    if (v.words['person-titles'].has(L[k])) continue;
    if (t.word && t.cap) break;
    if (!t.word && L[k] !== ',') break;
    // "Norvex's holding company and buying Qadira options": no apposition across a verb or "and"
    if (L[k] === 'and' || L[k] === 'or' || v.words.prepositions.has(L[k]) || /ing$/.test(L[k])) break;
  }
  // "Ana Ruiz, the former Norvex chief executive" / "Ana Ruiz, CEO, Norvex" (apposition before)
  if (holder.length === 0) {
    const firstOrg = org.length > 0 && org[0].tj <= k0 ? Math.min(...org.map((r) => r.ti)) : k0;
    let k = Math.min(k0, firstOrg) - 1;
    // "Halden Equity, the private equity arm of ...", "Lumo, its Tarsk-based US arm": modifiers of the role
    for (let m = 0; m < 4 && k >= 0 && isModifier(v, k); m++) k--;
    while (k >= 0 && (ARTICLES.has(L[k]) || v.words['former-markers'].has(L[k]))) k--;
    if (L[k] === ',') {
      // "Talva Holdings Limited, a unit of Halden": a legal suffix outside the name's span may stand between
      const end = v.words['corporate-suffixes'].has(L[k - 1] ?? '') ? [k, k - 1] : [k];
      const r = v.refs.filter((x) => end.includes(x.tj)).at(-1);
      const rType = r ? typeOf(v, r) : undefined;
      if (r && rType && holderTypes.includes(rType) && !org.some((t) => t.key === r.key)) {
        holder = [r];
        apposed = true;
      }
      if (r && org.length === 0 && L[f.tj] === ',') org = objectAfter(v, f.tj + 1, new Set([r.key]), 3);
    }
    // "Qadira named Ana Ruiz as its next chief executive": the one named "as" the role holds it
    if (L[k] === 'as') {
      const r = v.refs.filter((x) => x.tj === k && x.kind === 'name').at(-1);
      if (r && typeOf(v, r) === 'Person' && holderTypes.includes('Person')) holder = [r];
    }
    // "Norvex emerged as the preferred bidder for Qadira": the subject of the verb before "as"
    let a = k;
    while (a > k - 3 && a > 0 && L[a] !== 'as' && v.ctx.tokens.tokens[a].word && !v.ctx.tokens.tokens[a].cap)
      a--;
    if (holder.length === 0 && L[a] === 'as' && f.form.relation === 'BID_FOR' && L[a - 1] !== ',')
      holder = subject(v, a, false).filter((x) => holderTypes.includes(typeOf(v, x) ?? 'Place'));
  }
  // "Ana Ruiz is one of Senator Hale's backers", "Corvane will become a subsidiary of Halden": the subject
  if (holder.length === 0 && org.length > 0) {
    // only when the role noun is the predicate: "Ana Ruiz is a backer of ...", not "X's order ... Y's owner"
    const cs = Math.max(clauseStart(v, k0), k0 - 6);
    const verb = Math.max(roleAs(v, k0), joinedAt(v, k0, org));
    if (L.slice(cs, k0).some((w) => COPULAS.has(w)) || verb >= 0) {
      holder = subject(v, verb >= 0 ? verb : k0, false).filter((r) => !org.some((t) => t.key === r.key));
      conf = 0.75;
    }
  }
  // "Norvex's bid for Pexo was rejected by owner Qadira": a bare owner owns what the bid is for;
  // with no bid object ("The bid from Norvex was rejected by owner Qadira") nothing is placed
  if (holder.length > 0 && org.length === 0 && owner) {
    org = bidTargetInSentence(v, new Set(holder.map((r) => r.key)));
    conf = 0.65;
  }
  // "UBS said that former chief executive Ana Ruiz would return": a bare title is held at the one
  // organisation the sentence has named before it (two named before: no guess)
  // (a named organisation, not "the company" or "its"; not for a head of state, "President Tom Lee")
  const official = holder.some((r) => v.ctx.entities.get(r.key)?.official);
  // "opposition leader Ana Ruiz", "finance chief Tom Lee": a qualified title is no head of the firm
  const qualified =
    k0 > 0 && isModifier(v, k0 - 1) && !/ing$|ed$/.test(L[k0 - 1]) && !v.words['speech-verbs'].has(L[k0 - 1]);
  if (holder.length > 0 && org.length === 0 && f.form.relation === 'LEADS' && !official && !qualified) {
    const before = v.refs.filter((r) => r.tj <= k0 && r.kind === 'name' && typeOf(v, r) === 'Organization');
    if (before.length > 0 && before.every((r) => r.key === before[0].key)) {
      org = [before[0]];
      conf = 0.6;
    }
  }
  if (holder.length === 0 || org.length === 0) return undefined;
  return { holder, org, apposed, conf: conf * (former ? 0.75 : 1), trig };
}

const ROLE_AS = wordSet('role-as-words');

/**
 * "Qadira Holdings, where Ana Ruiz is chief executive": the organisation before ", where" when the
 * clause is a name and a copula before the role at k0 ("where Ana Ruiz has been chairman since 2015").
 */
function whereOrg(v: SentenceView, k0: number): EntityRef[] {
  const L = v.lowers;
  let k = k0 - 1;
  while (k >= 0 && (ARTICLES.has(L[k]) || v.words['former-markers'].has(L[k]))) k--;
  while (k >= 0 && (COPULAS.has(L[k]) || v.words.auxiliaries.has(L[k]))) k--;
  const person = v.refs.find((r) => r.tj === k + 1 && r.kind === 'name' && typeOf(v, r) === 'Person');
  if (!person || L[person.ti - 1] !== 'where' || L[person.ti - 2] !== ',') return [];
  const org = v.refs.filter((r) => r.tj === person.ti - 2 && !r.possessive).at(-1);
  return org && typeOf(v, org) !== 'Person' && typeOf(v, org) !== 'Place' ? [org] : [];
}

/** Of "joined Qadira Holdings as [its] chief executive" (role at k0): Qadira Holdings, the one joined. */
function joinedOrg(v: SentenceView, k0: number): EntityRef[] {
  let k = k0 - 1;
  while (k >= 0 && (ARTICLES.has(v.lowers[k]) || v.lowers[k] === 'its')) k--;
  if (v.lowers[k] !== 'as') return [];
  const r = v.refs.filter((x) => x.tj === k && x.kind !== 'pronoun' && !x.possessive).at(-1);
  return r && /^(re)?join(s|ed|ing)?$/.test(v.lowers[r.ti - 1] ?? '') ? [r] : [];
}

/** The index of "joined" when the organisation is the one joined before "as" the role, else -1. */
function joinedAt(v: SentenceView, k0: number, org: EntityRef[]): number {
  const joined = joinedOrg(v, k0)[0];
  return org.length === 1 && joined?.key === org[0].key ? joined.ti - 1 : -1;
}

/**
 * "Ana Ruiz stepped down as chief executive of Norvex", "who took over as its chairman": a role after
 * "as" that a verb of taking, keeping or leaving a post gives its subject (the role starts at k0).
 * Returns the index of that verb, whose subject holds the role, or -1.
 */
function roleAs(v: SentenceView, k0: number): number {
  const L = v.lowers;
  let k = k0 - 1;
  while (k >= 0 && (ARTICLES.has(L[k]) || v.words['possessive-determiners'].has(L[k]))) k--;
  if (L[k] !== 'as' || !ROLE_AS.has(L[k - 1] ?? '')) return -1;
  // the verb: "resigned as", or the one before its particle, "took over as", "stepped down as"
  return /^(down|over|on)$/.test(L[k - 1]) ? k - 2 : k - 1;
}

/** "He said a deal could merge Pexo with Corvane, Halden's unit": the apposition is not what "could" hedges. */
const stative = (cands: Candidate[], r: RoleReading): Candidate[] =>
  r.apposed ? cands.map((c) => ({ ...c, stative: true })) : cands;

/**
 * A role noun naming the source: the possessor, a name before it or its "of"/"at" object is the
 * target, the name in apposition the source ("Norvex's chairman, Ana Ruiz", "chief executive of
 * Norvex, Ana Ruiz", "Norvex CEO Ana Ruiz", "Barclon, whose chairman Ana Ruiz").
 */
export function agentFrame(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const r = readRole(v, f, ALLOWED_TYPES[rel].source, rel === 'OWNS');
  const out = r ? stative(pairs(v, f.ti, rel, r.holder, r.org, r.conf, r.trig), r) : [];
  // "Ana Ruiz, a partner at Halden Capital": a person called a partner works there
  if (rel === 'PARTNERED_WITH')
    return out.filter((c) => typeOf(v, c.source) !== 'Person' && typeOf(v, c.target) !== 'Person');
  return out;
}

/**
 * "Halden's Corvane unit", "Halden Capital's Pexo Labs subsidiary", "its Corvane supermarket unit":
 * the name before the noun (past one or two lower-case modifiers) is the unit, the possessor before
 * it (a name or "its") the owner.
 */
function namedUnit(v: SentenceView, ti: number): { owner: EntityRef; unit: EntityRef } | undefined {
  let end = ti;
  while (end > ti - 2 && end > 0 && isModifier(v, end - 1) && !v.ctx.tokens.tokens[end - 1].cap) end--;
  const unit = v.refs.find((r) => r.tj === end && !r.possessive && r.kind === 'name');
  if (!unit) return undefined;
  const owner =
    v.refs.find(
      (r) => r.possessive && (r.tj === unit.ti || (r.tj + 1 === unit.ti && POSS.has(v.lowers[r.tj]))),
    ) ??
    v.refs.find(
      (r) =>
        r.kind === 'pronoun' && r.ti === unit.ti - 1 && POSSESSIVES.has(v.lowers[r.ti]) && namedBefore(v, r),
    );
  return owner && owner.key !== unit.key ? { owner, unit } : undefined;
}

/** "Halden said its Corvane unit ...": a pronoun whose entity the sentence names before it (not only a guess from earlier). */
const namedBefore = (v: SentenceView, p: EntityRef): boolean =>
  v.refs.some((r) => r.kind === 'name' && r.tj <= p.ti && r.key === p.key);

/**
 * A role noun naming the target, the mirror of agentFrame: "Pexo Labs, a unit of Halden Capital",
 * "Halden Capital's subsidiary Corvane", "Corvane will become a wholly owned subsidiary of Halden".
 */
export function patientFrame(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const named = namedUnit(v, f.ti);
  // ("said its Corvane unit would cut jobs": the clause's mood does not hedge whose unit it is)
  if (named)
    return pairs(v, f.ti, rel, [named.owner], [named.unit], 0.8, triggerText(v, f)).map((c) => ({
      ...c,
      stative: true,
    }));
  const r = readRole(v, f, ALLOWED_TYPES[rel].target);
  // "a fine imposed on its Kenyan subsidiary": the unit named for its owner and country
  return r ? stative(pairs(v, f.ti, rel, r.org, r.holder, r.conf, r.trig), r) : countryUnit(v, f);
}
