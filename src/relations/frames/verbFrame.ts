import type { EntityRef } from '../../entities/recognizeEntities.js';
import {
  byAgent,
  clauseEnd,
  clauseStart,
  objectAfter,
  passive,
  relativeObject,
  relativeSubject,
  subject,
  thatClause,
  typeOf,
  POSS,
  type SentenceView,
} from '../clause/index.js';
import { isVerbLike } from '../../nlp.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { group } from '../clause/group.js';
import { whoseAntecedent } from '../clause/whoseAntecedent.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { coBuyers } from './coBuyers.js';
import { groupLeader as namedGroupLeaders } from './groupLeader.js';
import { bidTargetInSentence } from './bidTargetInSentence.js';
import { boardOfTarget, dealAnaphor, dealParties, dealPronoun } from './dealParties.js';
import { antecedentBidder, isBidObject, isBidSubject, offerNounIn } from './rejectedBidder.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** "the Authority dismissed the concessions from Norvex": a regulator refusing remedies regulates. */
const REMEDY = /\b(undertakings?|remed(y|ies)|concessions?|commitments?)\b/;

/** Verbs that regulate only with an order after the object: "instructed Norvex to sell". */
const NEEDS_INFINITIVE = wordSet('order-verbs');
/** Verbs that regulate only through a clause about a deal or a party: "the tribunal ruled that the merger could proceed". */
const NEEDS_THAT = wordSet('ruling-verbs');

/** Words before a verb that make it unreal: "agreed to buy", "could acquire". */
export const NOT_REALIS = new Set(['to', ...wordSet('modals')]);
const DETERMINERS = wordSet('determiners');

/**
 * A verb trigger: "Qadira rejected Norvex's offer" (subject -> object), "Norvex's offer was
 * rejected by Qadira" (by-agent -> subject).
 */
export function verbFrame(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const L = v.lowers;
  // "a bid", "its offer": a determiner makes the word a noun
  if (DETERMINERS.has(L[f.ti - 1] ?? '')) return [];
  // "had cleared Halden's bid for Lumo": after a possessive the word is a noun (a participle in -ed
  // still acts: "the Trade Ministry's pressured sale of Lumo")
  if (POSS.has(L[f.ti - 1] ?? '') && !/ed$/.test(L[f.ti])) return [];
  // "won with a final cash bid of EUR 9bn": a determiner before noun modifiers
  if (determinedNoun(v, f)) return [];
  // "with backing from Felder": a gerund after a preposition is a noun
  if (f.form.form === 'gerund' && v.words.prepositions.has(L[f.ti - 1] ?? '')) return [];
  // "Ana Ruiz went back", "the league champions": a base form where no verb can stand
  if (f.form.form === 'base' && !verbSlot(v, f.ti)) return [];
  // "with Halden's $2bn backing": a gerund after a noun or number is a noun
  if (f.form.form === 'gerund' && !verbSlot(v, f.ti) && !GERUND_BEFORE.has(L[f.ti - 1])) return [];
  // "a similar Borland Authority order barring ...": a bare form after a determined name is a noun
  if (f.form.form === 'base' && !/s$/.test(L[f.ti]) && nounAfterName(v, f.ti)) return [];
  // "backed away from", "backed off": another verb
  if (PARTICLES.has(L[f.tj] ?? '')) return [];
  // "glad to have Pexo back in the group": "back" before a preposition is an adverb
  if (L[f.ti] === 'back' && v.words.prepositions.has(L[f.tj] ?? '')) return [];
  const trig = triggerText(v, f);
  const reduced = reducedPassive(v, f);
  if (reduced.length > 0) return reduced;
  // "the Borland Trade Office, whose export division is run by Ana Ruiz": she leads the office
  const whose = rel === 'LEADS' && L[f.tj] === 'by' ? whoseAntecedent(v, f.ti) : undefined;
  if (whose) return pairs(v, f.ti, rel, byAgent(v, f.tj), [whose], 0.8, trig);
  // "Qadira is run by Ana Ruiz": a participle spelt like the base form, after "is" and before "by"
  const isPassive =
    passive(v, f.ti, f.form.form) || (f.form.form === 'base' && L[f.tj] === 'by' && passive(v, f.ti, 'past'));
  if (rel === 'ACQUIRED' || rel === 'BID_FOR') {
    // "Norvex acquired Qadira" (done) vs "agreed to buy", "plans to acquire" (a bid)
    const prev = L[f.ti - 1];
    const realis =
      (f.form.form === 'past' || isPassive) && !NOT_REALIS.has(prev) && !NOT_REALIS.has(L[f.ti - 2] ?? '');
    if (rel === 'ACQUIRED' && !realis) return [];
    // a completed purchase is ACQUIRED, not BID_FOR ("bid" itself stays a bid)
    // ("offered $2bn for Qadira": an offer made is a bid, not a purchase)
    if (rel === 'BID_FOR' && realis && f.form.form !== 'base' && L[f.ti] !== 'bid' && !/^offer/.test(L[f.ti]))
      return [];
  }
  // "offered $2bn for Qadira", "paid $2bn for Qadira": a price verb names a deal only so
  if (PRICE_VERBS.has(L[f.ti]) && !pricedFor(v, f.tj)) return [];
  if (isPassive) {
    // "Norvex's bid was rejected by Qadira" (passive)
    // "was referred to the Authority last spring by the Trade Secretary": past the verb's own phrase
    const src = byAgent(v, f.tj).length > 0 || rel !== 'REGULATES' ? byAgent(v, f.tj) : laterAgent(v, f.tj);
    let tgt = subject(v, f.ti, false);
    if (rel === 'REJECTED') tgt = tgt.filter((r) => isBidSubject(v, r, f.ti));

    // "Norvex's bid for Qadira was blocked by ...", "The takeover was cleared by ...": the deal's parties
    if (rel === 'REGULATES')
      tgt =
        tgt.length > 0
          ? dealParties(v, tgt[0].ti, tgt)
          : [...dealAnaphor(v, clauseStart(v, f.ti)), ...dealPronoun(v, clauseStart(v, f.ti))];
    return src.length > 0 && tgt.length > 0 ? pairs(v, f.ti, rel, src, tgt, 0.85, trig) : [];
  }
  let rw = relativeObject(v, f.ti);
  if (rw < 0 && rel === 'REJECTED') rw = descriptorRelative(v, f.ti);
  if (rw >= 0 && objectGap(v, f.tj)) {
    // "Norvex made an offer for Lumo, which Lumo's board rejected": the object is the antecedent
    let relSrc = relativeSubject(v, rw, f.ti);
    // "an approach to Qadira, which the insurer's directors rebuffed": the one approached rejects
    // ("the insurer" is read as a description of the one bid for, not by the descriptor's resolution)
    if (rel === 'REJECTED' && !relSrc.some((r) => isParty(v, r) && r.kind === 'name')) {
      const bidFor = offerTarget(v, rw);
      if (bidFor.length > 0 || !relSrc.some((r) => isParty(v, r))) relSrc = bidFor;
    }
    const relTgt = rel === 'REJECTED' ? antecedentBidder(v, rw) : antecedentName(v, rw);
    const others = relTgt.filter((r) => !relSrc.some((x) => x.key === r.key));
    return pairs(v, f.ti, rel, relSrc, others, 0.8, trig);
  }
  // "Norvex chief executive Ana Ruiz rejected the offer": the company rejects, its chief speaks
  let src = subject(v, f.ti, f.form.form === 'gerund', rel === 'REJECTED' ? 'organisation' : 'person');
  // "the firms will merge Norvex's signalling arm with Qadira": the owner merges with the other
  if (src.length === 0 && rel === 'PARTNERED_WITH') return possessorWith(v, f, trig);
  // "Its directors, chaired by Ana Ruiz, rebuffed the approach": the board of the deal's target
  // "The board of Qadira rejected the offer": the board's organisation
  if ((rel === 'REJECTED' || rel === 'SUPPORTS') && src.length === 0) src = namedBoard(v, f.ti);
  if ((rel === 'REJECTED' || rel === 'SUPPORTS') && (src.length === 0 || bareBoard(v, f.ti)))
    src = boardOfTarget(v, boardClauseStart(v, f.ti), f.ti);
  // "Norvex made an offer for Lumo, and its board rejected it": a board answering a bid is the board
  // of what the bid is for, when "its" may mean that firm
  const board = rel === 'REJECTED' || rel === 'SUPPORTS' ? targetsBoard(v, src) : undefined;
  if (board) src = board;
  // "A consortium led by Ana Ruiz and Halden bought Qadira": every named leader of the group buys
  if (rel === 'BID_FOR' || rel === 'ACQUIRED') {
    const leaders = namedGroupLeaders(v, clauseStart(v, f.ti));
    if (leaders.length > 0 && leaders.every((r) => r.tj <= f.ti)) src = leaders;
  }
  if (src.length === 0) return [];
  // "Norvex teamed up with Qadira to bid for Pexo": both partners bid
  if ((rel === 'BID_FOR' || rel === 'ACQUIRED') && L[f.ti - 1] === 'to')
    src = [...partnersOf(v, src), ...src];
  // "rejected an unexpected $4bn all-cash offer from rival Norvex": a long object
  // "bought Lumo" is ACQUIRED, "bought a 20% stake in Lumo" is not (a bid may be for a stake)
  const direct = rel === 'ACQUIRED' && !PRICE_VERBS.has(L[f.ti]);
  const exclude = new Set(board ? [board[0].alt!] : src.map((r) => r.key));
  // ("will pay $6bn in cash for a 77% stake in Qadira": a price and a stake before the name)
  const reach = rel === 'REJECTED' || PRICE_VERBS.has(L[f.ti]) ? 14 : 10;
  let tgt = objectAfter(v, f.tj, exclude, reach, direct);
  // "paid $5m for the rights to a Qadira film": the name must head the "for" object
  if (PRICE_VERBS.has(L[f.ti])) tgt = tgt.filter((r) => headsForObject(v, f.tj, r));
  // "... and its board rejected it": "it" is the bid, so the bidder is the one "its" was first read as
  if (board)
    tgt = tgt.map((t) => (t.kind === 'pronoun' && t.key === board[0].key ? { ...t, key: board[0].alt! } : t));
  // "bought Qadira's rival Pexo": the name the possessed noun describes is bought, not the possessor
  if (rel === 'ACQUIRED' || rel === 'BID_FOR' || rel === 'OWNS')
    tgt = tgt.map((r) => (r.possessive || /^['’]$/.test(L[r.tj] ?? '') ? (possessedName(v, r) ?? r) : r));
  // "the ministry instructed Norvex to sell", not "instructed Norvex's lawyers on the filing"
  if (NEEDS_INFINITIVE.has(L[f.ti]) && !(tgt.length > 0 && L[tgt[tgt.length - 1].tj] === 'to')) return [];
  // "ruled on Friday that the $2bn takeover may go ahead": the deal or the party of the that-clause
  const th = rel === 'REGULATES' ? thatClause(v, f.tj) : -1;
  if (NEEDS_THAT.has(L[f.ti]) && th < 0) return [];
  if (th >= 0) tgt = objectAfter(v, th + 1, exclude, 8);
  if (rel === 'REGULATES' && th >= 0)
    tgt = tgt.length > 0 ? dealParties(v, th + 1, tgt) : dealAnaphor(v, th + 1, 8);
  else if (rel === 'REGULATES')
    tgt = [
      ...(tgt.length > 0 ? dealParties(v, f.tj, tgt) : [...dealAnaphor(v, f.tj), ...dealPronoun(v, f.tj)]),
      ...onCondition(v, f.tj),
    ];
  // "recommended that shareholders elect Tom Hale": the one to be elected or backed
  if (rel === 'SUPPORTS' && tgt.length === 0) tgt = votersObject(v, f.tj, src);
  // "support Lumo's growth", "support Lumo users": "support" backs a name only when it heads the object
  if (rel === 'SUPPORTS' && /^support/.test(L[f.ti]))
    tgt = tgt.filter((r) => !r.possessive && !nounAfter(v, r.tj));
  // "backed Norvex's plan to split", "championed the Norvex merger": a plan or a deal, not Norvex
  if (rel === 'SUPPORTS') tgt = tgt.filter((r) => backsParty(v, r));
  // "Qadira welcomed Norvex's offer": a welcome backs a party only through its offer or bid
  if (rel === 'SUPPORTS' && /^welcom/.test(L[f.ti])) tgt = tgt.filter((r) => possessedOffer(v, r));
  // "rejected an approach from a consortium headed by Norvex": the group's leader
  if (rel === 'REJECTED' && tgt.length === 0) tgt = groupLeader(v, f.tj);
  // "rejected Norvex's offer", not "rejected Norvex's claim"
  if (rel === 'REJECTED' && tgt.length > 0 && !isBidObject(v, f.tj, tgt[0]))
    return REMEDY.test(v.lowers.slice(f.tj, tgt[0].ti).join(' '))
      ? pairs(v, f.ti, 'REGULATES', src, tgt.slice(0, 1), 0.75, trig)
      : [];
  // "Norvex bid for Qadira. ... Qadira's board rejected that approach": the last deal's bidder
  if (rel === 'REJECTED' && tgt.length === 0) tgt = dealAnaphor(v, f.tj).slice(0, 1);
  // "Ana Ruiz started the company in 2009", not "started talks with Norvex": the object right after the verb
  if (DIRECT_ONLY.has(L[f.ti])) tgt = tgt.filter((r) => r.ti === f.tj && !r.possessive);
  // "Norvex said it would cooperate with the Competition Authority": cooperating with a state (or a
  // state with a firm, "the ministry will co-operate with Qadira on the probe"), or a person's
  // cooperating ("he cooperated with investigators"), is no partnership
  if (/^co-?operat/.test(L[f.ti])) {
    const notState = (r: EntityRef): boolean => typeOf(v, r) !== 'Government' && typeOf(v, r) !== 'Person';
    if (!src.every(notState)) return [];
    tgt = tgt.filter(notState);
  }
  const out = pairs(v, f.ti, rel, src, tgt, 0.85, trig);
  // "Norvex, Qadira and Halden took control of Pexo": the coordinated buyers acted together
  // (also of a name the recogniser missed: "took control of ABC Bank")
  const named = out.length > 0 || v.ctx.tokens.tokens[f.tj]?.cap === true;
  if ((rel === 'ACQUIRED' || rel === 'BID_FOR') && named) out.push(...coBuyers(v, f, src, trig));
  // "Ana Ruiz, who started the company with Tom Lee in 2009": a co-founder after "with"
  if (rel === 'LEADS' && FOUNDING.has(L[f.ti]) && tgt.length > 0)
    out.push(...pairs(v, f.ti, rel, coFounder(v, tgt), tgt, 0.8, trig));
  // "Norvex and Qadira will partner", "... agreed to merge": no object, a coordinated subject
  if (rel === 'PARTNERED_WITH' && tgt.length === 0) {
    const all = src.length >= 2 ? src : coordinatedWith(v, src[0]);
    out.push(...pairs(v, f.ti, rel, [all[0]], all.slice(1), 0.8, trig));
  }
  return out;
}

/**
 * "was referred to the Authority last spring by Ana Ruiz": the by-agent after a phrase of the verb's
 * own, in the same clause and before any other verb.
 */
function laterAgent(v: SentenceView, tj: number): EntityRef[] {
  const end = Math.min(clauseEnd(v, tj), tj + 9);
  for (let k = tj; k < end; k++) {
    if (v.lowers[k] === 'by') return byAgent(v, k, 1);
    // ("in May": a capitalised month is no modal)
    const aux = v.words.auxiliaries.has(v.lowers[k]) && !v.ctx.tokens.tokens[k].cap;
    if (aux || (/ed$/.test(v.lowers[k]) && isVerbLike(v.lowers[k]))) return [];
  }
  return [];
}

/**
 * Does backing the object at r back the party r names? "backed Tom Hale's campaign", "recommended
 * Norvex's offer", "endorsed Tom Hale" do; "backed Norvex's plan to split off coal" and "championed
 * the Norvex merger" back a plan or a deal.
 */
function backsParty(v: SentenceView, r: EntityRef): boolean {
  const L = v.lowers;
  // "backed the offer for Qadira": Qadira is what the offer is for, not the one backed
  if ((L[r.ti - 1] === 'for' || L[r.ti - 1] === 'of') && offerNounIn(v, r.ti - 4, r.ti - 1) >= 0)
    return false;
  const after = r.possessive ? r.tj + 1 : L[r.tj] === "'" || L[r.tj] === '’' ? r.tj + 1 : -1;
  if (after < 0) return !v.words['party-deal-nouns'].has(L[r.tj] ?? '');
  // "Norvex's new $5bn offer": the first noun of the possessed phrase, past a few modifiers
  for (let k = after; k < Math.min(v.n, after + 5); k++) {
    if (v.words['offer-nouns'].has(L[k]) || v.words['backed-nouns'].has(L[k])) return true;
    if (!v.ctx.tokens.tokens[k].word || v.words.prepositions.has(L[k]) || L[k] === 'and') return false;
  }
  return false;
}

/** "Norvex's offer", "Halden Capital's revised bid": a possessor of an offer noun a few words on. */
function possessedOffer(v: SentenceView, r: EntityRef): boolean {
  const after = r.possessive ? r.tj + 1 : /^['’]$/.test(v.lowers[r.tj] ?? '') ? r.tj + 1 : -1;
  return after > 0 && offerNounIn(v, after, after + 3) >= 0;
}

/**
 * Is a trigger spelt like a noun trigger ("bid") the head of a noun phrase: a determiner up to three
 * lower-case words before it and no name ending right before it ("a final cash bid", not
 * "the company bid" where "the company" is a reference)?
 */
function determinedNoun(v: SentenceView, f: Frame): boolean {
  const m = longestMatch(v.ctx.lexicon.triggers, v.lowers, f.ti);
  if (!m?.values.some((t) => t.kind === 'noun') || v.refs.some((r) => r.tj === f.ti)) return false;
  for (let k = f.ti - 1; k >= Math.max(0, f.ti - 4); k--) {
    if (DETERMINERS.has(v.lowers[k])) return k < f.ti - 1;
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap || v.words.auxiliaries.has(t.lower) || v.words.prepositions.has(t.lower))
      return false;
  }
  return false;
}

/**
 * "Norvex teamed up with Qadira to bid": the subject of a partnership verb whose "with" object is
 * the infinitive's subject `src`.
 */
function partnersOf(v: SentenceView, src: EntityRef[]): EntityRef[] {
  const first = src[0];
  if (src.length !== 1 || v.lowers[first.ti - 1] !== 'with') return [];
  for (let k = first.ti - 2; k >= Math.max(0, first.ti - 5); k--) {
    const m = longestMatch(v.ctx.lexicon.triggers, v.lowers, k);
    const partnering = m?.values.some((t) => t.relation === 'PARTNERED_WITH' && t.kind === 'verb');
    if (m && m.end === first.ti - 1 && partnering)
      return subject(v, k, false).filter((r) => r.key !== first.key && r.kind !== 'pronoun');
  }
  return [];
}

/** Verbs whose object must follow them directly: "started the company", "started Norvex". */
const DIRECT_ONLY = wordSet('direct-object-verbs');
/** Verbs of founding, whose "with" names a co-founder. */
const FOUNDING = wordSet('founding-verbs');

/** "founded Norvex with Tom Lee", "started the company with Tom Lee": the person after "with" the object. */
function coFounder(v: SentenceView, tgt: EntityRef[]): EntityRef[] {
  const end = Math.max(...tgt.map((r) => r.tj));
  if (v.lowers[end] !== 'with') return [];
  const r = v.refs.find((x) => x.ti === end + 1 && x.kind === 'name' && !x.possessive);
  return r && typeOf(v, r) === 'Person' ? [r] : [];
}

/** Is the word at ti the head of "a/the/similar <Name> ___" (a noun compound, not a verb)? */
function nounAfterName(v: SentenceView, ti: number): boolean {
  const name = v.refs.find((r) => r.tj === ti && !r.possessive);
  const before = name ? (v.lowers[name.ti - 1] ?? '') : '';
  return name !== undefined && (DETERMINERS.has(before) || before === 'similar');
}

/** The sentence or clause start of a subject "the board" before ti, skipping an apposition ("The board, led by X,"). */
function boardClauseStart(v: SentenceView, ti: number): number {
  for (let k = ti - 1; k >= 0; k--)
    if (v.lowers[k] === 'the' || v.lowers[k] === 'its')
      if (/^(board|directors|special|committee)$/.test(v.lowers[k + 1] ?? '')) return k;
  return ti;
}

/**
 * "The board of Qadira unanimously rejected ...": a governing body "of" a name opening the clause of the
 * verb at ti; the name acts through its board.
 */
function namedBoard(v: SentenceView, ti: number): EntityRef[] {
  const cs = clauseStart(v, ti);
  const k = v.lowers[cs] === 'the' ? cs + 1 : cs;
  if (!BOARD_NOUNS.has(v.lowers[k]) || v.lowers[k + 1] !== 'of') return [];
  const r = v.refs.find((x) => x.ti === k + 2 && x.kind === 'name' && !x.possessive);
  if (!r || r.tj > ti || !isParty(v, r)) return [];
  // only adverbs and auxiliaries between the name and the verb: "The board of Qadira has unanimously rejected"
  const between = v.lowers.slice(r.tj, ti);
  return between.every((w) => v.words.auxiliaries.has(w) || /ly$/.test(w)) ? [r] : [];
}

/** "Qadira's rival Pexo", "Qadira's retail unit Pexo": the name after a possessor and one to three lower-case words. */
function possessedName(v: SentenceView, r: EntityRef): EntityRef | undefined {
  for (let k = r.tj + 1; k < Math.min(v.n, r.tj + 5); k++) {
    const named = v.refs.find((x) => x.ti === k && x.kind === 'name' && !x.possessive);
    if (named) return k > r.tj + 1 ? named : undefined;
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap || v.words.prepositions.has(t.lower) || v.words['clause-boundaries'].has(t.lower))
      return undefined;
  }
  return undefined;
}

const PRICE_VERBS = wordSet('price-verbs');
const AMOUNT = /^(?:[$€£¥\d]|[a-z]{1,2}\$$|eur$|usd$|gbp$|rs\.?$)/;

/**
 * Does the name head the "for" object after tj: "for Qadira", "for the retailer Qadira", "for a 77% stake
 * in Qadira" (only articles, lower-case modifiers, a percentage and a stake noun with "in"/"of" between)?
 */
function headsForObject(v: SentenceView, tj: number, r: EntityRef): boolean {
  const L = v.lowers;
  const k = L.indexOf('for', tj);
  if (k < 0 || k >= r.ti) return false;
  const between = L.slice(k + 1, r.ti);
  const stake = between.findIndex((w) => v.words['stake-nouns'].has(w));
  if (stake >= 0) return stake === between.length - 2 && /^(in|of)$/.test(between[between.length - 1]);
  return between.every((w, i) => {
    const t = v.ctx.tokens.tokens[k + 1 + i];
    return t.word && !t.cap && !v.words.prepositions.has(w);
  });
}

/** "$2bn for", "about 500p a share in cash for": an amount right after the verb, then "for" in the same phrase. */
function pricedFor(v: SentenceView, tj: number): boolean {
  const L = v.lowers;
  const k = /^(about|around|nearly|roughly|some|up)$/.test(L[tj] ?? '')
    ? L[tj] === 'up'
      ? tj + 2
      : tj + 1
    : tj;
  if (!AMOUNT.test(L[k] ?? '')) return false;
  for (let j = k + 1; j < Math.min(v.n, k + 10); j++) {
    if (L[j] === 'for') return true;
    if (v.refs.some((r) => r.ti === j) || L[j] === ',' || v.words['clause-boundaries'].has(L[j]))
      return false;
  }
  return false;
}

/** Is the subject a bare "the board" whose clause names a person in apposition ("Its directors, chaired by Ana Ruiz,")? */
function bareBoard(v: SentenceView, ti: number): boolean {
  const k = boardClauseStart(v, ti);
  return (
    k < ti &&
    (k === 0 || v.lowers[k - 1] === ',' || /^[a-z]+$/.test(v.lowers[k - 1])) &&
    v.lowers[k + 2] === ','
  );
}

/** "an offer from a consortium led by Norvex [and Qadira]" after token tj: the group's leaders. */
function groupLeader(v: SentenceView, tj: number): EntityRef[] {
  const k = offerNounIn(v, tj, tj + 8);
  if (k < 0 || v.lowers[k + 1] !== 'from') return [];
  for (let j = k + 2; j < Math.min(v.n - 1, k + 7); j++)
    if (LED_BY.has(v.lowers[j]) && v.lowers[j + 1] === 'by') return byAgent(v, j + 1, 1);
  return [];
}

const LED_BY = wordSet('led-by-participles');
const VOTERS = wordSet('voters');
const VOTE_VERBS = wordSet('vote-verbs');

/** "recommended that shareholders elect Tom Hale", "urged that investors vote for Ana Ruiz": Tom Hale, Ana Ruiz. */
function votersObject(v: SentenceView, tj: number, src: EntityRef[]): EntityRef[] {
  const L = v.lowers;
  const k = L[tj] === 'that' ? tj + 1 : tj;
  if (!VOTERS.has(L[k]) || !VOTE_VERBS.has(L[k + 1])) return [];
  return objectAfter(v, L[k + 2] === 'for' ? k + 3 : k + 2, new Set(src.map((r) => r.key)), 4);
}

/** "cleared the deal on condition that Ana Ruiz not join the board": the party the condition binds. */
function onCondition(v: SentenceView, tj: number): EntityRef[] {
  const L = v.lowers;
  for (let k = tj; k < Math.min(v.n - 2, tj + 16); k++) {
    if (L[k] === '.' || L[k] === ';') return [];
    if ((L[k] === 'condition' || L[k] === 'conditions') && L[k + 1] === 'that') {
      const r = v.refs.find((x) => x.ti === k + 2 && !x.possessive);
      return r ? [r] : [];
    }
  }
  return [];
}

/** The names coordinated with r, r among them: "Norvex and Qadira agreed to merge" (r is Qadira). */
function coordinatedWith(v: SentenceView, r: EntityRef): EntityRef[] {
  for (const x of v.refs) {
    if (x.ti >= r.ti) break;
    const g = group(v, x);
    if (g.some((m) => m.key === r.key && m.ti === r.ti)) return g;
  }
  return [r];
}

/** "merge Norvex's rail unit with Qadira": the possessor of the object and the name after "with". */
function possessorWith(v: SentenceView, f: Frame, trig: string): Candidate[] {
  // "Halden's", "Halden Brothers'"
  const owner = v.refs.find(
    (r) =>
      r.ti >= f.tj &&
      r.ti <= f.tj + 1 &&
      (r.possessive || POSS.has(v.lowers[r.tj]) || v.lowers[r.tj] === "'"),
  );
  if (!owner) return [];
  const w = v.lowers.indexOf('with', owner.tj);
  if (w < 0 || w > owner.tj + 4) return [];
  const other = v.refs.find((r) => r.ti > w && r.ti <= w + 3);
  return other ? pairs(v, f.ti, f.form.relation, [owner], [other], 0.75, trig) : [];
}

/**
 * A reduced passive in apposition: "Lumo, backed by Halden Capital, bid for Pexo" (Halden backs
 * Lumo), "Norvex, pressured by the Trade Ministry, sold the unit". The name before the comma is
 * the object, the by-agent the subject.
 */
function reducedPassive(v: SentenceView, f: Frame): Candidate[] {
  if (f.form.form !== 'past' || v.lowers[f.ti - 1] !== ',' || v.lowers[f.tj] !== 'by') return [];
  const head = v.refs.filter((r) => r.tj === f.ti - 1 && !r.possessive).at(-1);
  const src = byAgent(v, f.tj, 1);
  if (!head || src.length === 0) return [];
  return pairs(v, f.ti, f.form.relation, src, [head], 0.8, triggerText(v, f));
}

const isParty = (v: SentenceView, r: EntityRef): boolean =>
  ['Organization', 'Person', 'Government'].includes(typeOf(v, r) ?? '');

/**
 * "an approach to Qadira, which the insurer's directors rebuffed": a relative clause whose subject is a
 * description, not a name (no name and no verb between "which" and the trigger at ti).
 */
function descriptorRelative(v: SentenceView, ti: number): number {
  for (let k = ti - 1; k >= Math.max(1, ti - 7); k--) {
    const t = v.ctx.tokens.tokens[k];
    if (v.refs.some((r) => r.ti <= k && k < r.tj)) return -1;
    if (t.lower === 'which' && v.lowers[k - 1] === ',') return k;
    if (!t.word && !POSS.has(t.lower)) return -1;
    if (v.words.auxiliaries.has(t.lower) || /ly$/.test(t.lower)) continue;
    // "which analysts said was too low and rejected": another verb's clause
    if (t.lower === 'and' || v.words['speech-verbs'].has(t.lower)) return -1;
    if (/ed$/.test(t.lower) && isVerbLike(t.lower)) return -1;
  }
  return -1;
}

/** The name an antecedent offer is for: "an offer for Qadira, which ..." (relative word at w). */
function offerTarget(v: SentenceView, w: number): EntityRef[] {
  const k = offerNounIn(v, Math.max(0, w - 10), w);
  if (k < 0 || (v.lowers[k + 1] !== 'for' && v.lowers[k + 1] !== 'to')) return [];
  const named = objectAfter(v, k + 2, new Set(), w - k - 2);
  // "an offer for Borland's Qadira": not the country before the name
  if (named.length === 1 && named[0].possessive && !isParty(v, named[0]))
    return v.refs.filter((r) => r.ti === named[0].tj + 1 && isParty(v, r));
  return named.filter((r) => isParty(v, r)).slice(0, 1);
}

/** "Qadira, which Norvex acquired in 2019": the name just before the relative word at w. */
function antecedentName(v: SentenceView, w: number): EntityRef[] {
  // "Tessel Corp, which": a legal suffix outside the name's span may stand between
  const r = v.refs.filter((x) => x.tj <= w && x.tj >= w - 2).at(-1);
  return r ? [r] : [];
}

/** Words that may follow a verb whose object has moved away: "which Qadira rejected as too low". */
const AFTER_GAP = wordSet('object-gap-words');

/** Is the object slot right after the verb empty ("which Qadira turned down last week, ...")? */
function objectGap(v: SentenceView, tj: number): boolean {
  if (v.refs.some((r) => r.ti === tj)) return false;
  const t = v.ctx.tokens.tokens[tj];
  return !t || !t.word || v.words.prepositions.has(t.lower) || AFTER_GAP.has(t.lower) || /ly$/.test(t.lower);
}

/** Words a present-tense verb or an infinitive may follow: "Norvex backs", "to back", "will back". */
const BEFORE_VERB = new Set([...wordSet('verb-slot-words'), ...wordSet('verb-group-adverbs')]);
/** Words a gerund clause may follow: "Norvex, backing Qadira, ...", "after rejecting Lumo's bid". */
const GERUND_BEFORE = new Set([',', ...wordSet('gerund-links')]);
/** Particles that make the trigger another verb: "backed away", "backed down". */
const PARTICLES = wordSet('verb-particles');

/**
 * Can token ti be a verb? "back" and "champions" are nouns or adverbs as often: a verb follows
 * its subject (a name or pronoun), an auxiliary or modal, "to", or an adverb.
 */
function verbSlot(v: SentenceView, ti: number): boolean {
  if (ti === 0) return true; // a headline: "Norvex backs Qadira" starts with its subject
  const prev = v.lowers[ti - 1];
  if (v.refs.some((r) => r.tj === ti)) return true;
  return BEFORE_VERB.has(prev) || v.words.auxiliaries.has(prev) || /ly$/.test(prev);
}

/** Is token k a lower-case word that makes the name before it a modifier ("Lumo users")? */
function nounAfter(v: SentenceView, k: number): boolean {
  const t = v.ctx.tokens.tokens[k];
  const w = v.lowers[k];
  if (!t || !t.word || t.cap || w === 'and' || w === 'or' || w === 'to' || /ly$/.test(w)) return false;
  return !v.words.prepositions.has(w) && !v.words['clause-boundaries'].has(w) && !v.words.auxiliaries.has(w);
}

/** "its board" / "its directors" as a subject, where "its" may mean the sentence's bid target. */
function targetsBoard(v: SentenceView, src: EntityRef[]): EntityRef[] | undefined {
  const r = src[0];
  if (src.length !== 1 || r.kind !== 'pronoun' || !r.alt || !/^(its|their)$/.test(v.lowers[r.ti]))
    return undefined;
  if (!BOARD_NOUNS.has(v.lowers[r.tj] ?? '')) return undefined;
  const target = bidTargetInSentence(v, new Set())[0];
  if (!target || (target.key !== r.key && target.key !== r.alt)) return undefined;
  return [{ ...r, key: target.key, alt: target.key === r.key ? r.alt : r.key }];
}

const BOARD_NOUNS = wordSet('governing-bodies');
