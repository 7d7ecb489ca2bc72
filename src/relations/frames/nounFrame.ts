import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { RelationType } from '../../types.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import {
  byAgent,
  clauseStart,
  compound,
  group,
  nounObjectStart,
  objectAfter,
  possessor,
  subject,
  typeOf,
  type SentenceView,
} from '../clause/index.js';
import { bidTarget } from './bidTarget.js';
import { coBuyers } from './coBuyers.js';
import { dealDone } from './dealDone.js';
import { fromIsSeller } from './fromSeller.js';
import { dealAnaphor, dealParties, recentDealParties } from './dealParties.js';
import { offerNounIn } from './rejectedBidder.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { groupLeader } from './groupLeader.js';
import { pronounPossessor } from './pronounPossessor.js';
import { NOT_REALIS } from './verbFrame.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Deal relations, whose bidder or owner an "its" before the noun names ("its $2bn offer for"). */
const DEALS = new Set<RelationType>(['BID_FOR', 'ACQUIRED', 'OWNS']);

/** Relations whose source is the one who makes the deal. */
const DEAL_ACTS = new Set<RelationType>(['BID_FOR', 'ACQUIRED']);

/** Is a verb of acting on another's deal written between the subject and the deal noun at ti? */
function bystanderBetween(v: SentenceView, subj: EntityRef[], ti: number): boolean {
  if (subj.length === 0) return false;
  const from = Math.max(...subj.map((r) => r.tj));
  return v.lowers.slice(from, ti).some((w) => v.words['deal-bystander-verbs'].has(w));
}

/** Is "to" or a modal written between the subject and the noun at ti ("agreed to buy a majority stake")? */
function prospectiveBetween(v: SentenceView, subj: EntityRef[], ti: number): boolean {
  const from = Math.max(...subj.map((r) => r.tj));
  return v.lowers.slice(from, ti).some((w) => NOT_REALIS.has(w));
}

/** Is the name a modifier of share or asset nouns ("the Brix assets", "Qadira shares")? */
function sharesAfter(v: SentenceView, r: EntityRef): boolean {
  return !r.possessive && longestMatch(v.ctx.lexicon.phrases['share-nouns'], v.lowers, r.tj) !== undefined;
}

/** Does the trigger phrase also have a reading as `rel` ("acquisition": BID_FOR and ACQUIRED)? */
function readsAs(v: SentenceView, f: Frame, rel: Frame['form']['relation']): boolean {
  return (
    longestMatch(v.ctx.lexicon.triggers, v.lowers, f.ti)?.values.some((t) => t.relation === rel) ?? false
  );
}

/** Relations whose verb acts on a deal rather than makes it: "blocked the takeover", "backed the bid". */
const ACTS_ON_DEAL = new Set<RelationType>(['REGULATES', 'SUPPORTS', 'REJECTED']);

/**
 * Is the noun at ti the object of a verb that acts on a deal ("the Ministry blocked the $2bn takeover
 * of Lumo", "Halden backed the offer")? Then the clause's subject does not make the deal.
 */
function actedOn(v: SentenceView, ti: number): boolean {
  for (let k = ti - 1; k >= Math.max(0, ti - 5); k--) {
    if (v.refs.some((r) => r.ti <= k && k < r.tj)) return false;
    const m = longestMatch(v.ctx.lexicon.triggers, v.lowers, k);
    // ("ruled out a bid" is another verb: a particle after it)
    const particle = m !== undefined && /^(out|off|away)$/.test(v.lowers[m.end] ?? '');
    if (
      m &&
      m.end <= ti &&
      !particle &&
      m.values.some((t) => t.kind === 'verb' && ACTS_ON_DEAL.has(t.relation))
    )
      return true;
    // "blocked the $2bn takeover": past an amount
    const t = v.ctx.tokens.tokens[k];
    if ((!t.word && !/^[$€£¥\d]/.test(t.text)) || v.words.prepositions.has(t.lower)) return false;
  }
  return false;
}

/**
 * An action noun: the possessor, a name before it or a from/by agent is the source ("Norvex's
 * bid", "a Norvex bid", "an offer from Norvex"); the entity after its preposition is the target
 * ("bid for Qadira", "partnership with Qadira").
 */
export function nounFrame(v: SentenceView, f: Frame): Candidate[] {
  // "Ana Ruiz, a partner at Halden Capital", "Tom Hale's partner": a person here is no party
  if (f.form.relation === 'PARTNERED_WITH')
    return readNoun(v, f).filter((c) => typeOf(v, c.source) !== 'Person' && typeOf(v, c.target) !== 'Person');
  return readNoun(v, f);
}

function readNoun(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  // "Norvex completed its acquisition of Qadira": a deal noun is an acquisition only once done
  // "agreed to purchase Tindle from Harbek": after "to" or a modal the word is a verb, not a noun
  if (NOT_REALIS.has(v.lowers[f.ti - 1] ?? '')) return [];
  const done = dealDone(v, f.ti, f.tj);
  if (rel === 'ACQUIRED' && !done) return [];
  // "Norvex completed its acquisition of Qadira" is the acquisition, not a bid (stated apart when it was)
  if (rel === 'BID_FOR' && done && readsAs(v, f, 'ACQUIRED')) return [];
  const trig = triggerText(v, f);
  const received = receivedFrom(v, f);
  if (received) return pairs(v, f.ti, rel, received.giver, received.receiver, 0.8, trig);
  // "the court ruled in favour of Norvex": a ruling backs no one
  if (rel === 'SUPPORTS' && /^in$/.test(v.lowers[f.ti]) && RULINGS.test(v.lowers[f.ti - 1] ?? '')) return [];
  // "Norvex lost the support of Halden": after an article the "of" name gives the support, and only
  // a verb of receiving (above) says who has it; "in support of Tom Hale", "tweeted support of Tom
  // Hale", "its support of Tom Hale" name the one backed
  if (
    rel === 'SUPPORTS' &&
    v.lowers[f.tj] === 'of' &&
    ARTICLES.has(v.lowers[f.ti - 1] ?? '') &&
    !possessor(v, f.ti)
  )
    return [];
  const emit = (src: EntityRef[], tgt: EntityRef[], conf: number): Candidate[] =>
    pairs(v, f.ti, rel, src, tgt, conf, trig);
  // "Norvex's bid", "its $2bn offer"
  const poss = possessor(v, f.ti) ?? (DEALS.has(rel) ? pronounPossessor(v, f.ti) : undefined);
  const comp = poss ? [] : compound(v, f.ti);
  let fromBy = byAgent(v, f.tj, 5); // "approval for the deal from Brussels"
  if ((rel === 'BID_FOR' || rel === 'ACQUIRED') && fromIsSeller(v, f)) fromBy = [];
  // "an approach from a consortium headed by Norvex": the group's leader bids
  if (fromBy.length === 0 && (rel === 'BID_FOR' || rel === 'ACQUIRED')) {
    const from = v.lowers.indexOf('from', f.tj);
    if (from >= 0 && from < f.tj + 4) fromBy = groupLeader(v, from + 1);
  }
  let agent: EntityRef[] = poss ? group(v, poss) : comp.length === 1 ? comp : fromBy;
  // "A consortium led by Ana Ruiz and Halden completed its takeover of Qadira": "its" is the group's,
  // whose named leaders make the deal
  if (poss?.kind === 'pronoun' && DEAL_ACTS.has(rel)) {
    const leaders = groupLeader(v, clauseStart(v, f.ti));
    if (leaders.length > 0) agent = leaders;
  }
  let conf = poss ? 0.8 : 0.75;
  // "Halden launched a takeover of Lumo": the subject; not "the Ministry blocked the takeover of Lumo"
  if (agent.length === 0 && comp.length < 2 && !(DEALS.has(rel) && actedOn(v, f.ti))) {
    agent = subject(v, f.ti, false);
    // "Ana Ruiz blocked the takeover of Qadira": a bystander verb's subject makes no bid
    if (DEAL_ACTS.has(rel) && bystanderBetween(v, agent, f.ti)) agent = [];
    // "Norvex agreed to acquire a majority stake in Qadira": a stake to be bought is not owned yet
    if (rel === 'OWNS' && agent.length > 0 && prospectiveBetween(v, agent, f.ti)) agent = [];
    conf = 0.7;
  }
  const exclude = new Set([...agent, ...comp].map((r) => r.key));
  // "a say over X": the trigger itself ends with the preposition
  let objStart = v.words.prepositions.has(v.lowers[f.tj - 1]) ? f.tj : nounObjectStart(v, f.tj);
  if (fromBy.length > 0 && agent === fromBy)
    objStart = nounObjectStart(v, Math.max(...fromBy.map((r) => r.tj)));
  // "its proposal in July with capital from Halden": a bid's object follows "for", "of" or "to buy"
  // ("made an approach to Qadira": an approach's "to" object is the one bid for)
  const approachTo =
    v.lowers[objStart - 1] === 'to' &&
    v.words['approach-nouns'].has(v.lowers[f.tj - 1]) &&
    dealApproach(v, f);
  const dealObject =
    objStart < 0 ||
    /^(for|of|over)$/.test(v.lowers[objStart - 1]) ||
    v.lowers[objStart - 2] === 'to' ||
    (rel === 'BID_FOR' && approachTo);
  // "an offer of $14.86 a share": the "of" object is the price
  // ("a bid of Rs 18,000 crore", "an offer of EUR 9bn": a currency word before the amount)
  const amount = (w: string | undefined): boolean => /^[$€£¥\d]/.test(w ?? '');
  const price =
    objStart >= 0 &&
    v.lowers[objStart - 1] === 'of' &&
    (amount(v.lowers[objStart]) || amount(v.lowers[objStart + 1]));
  if ((rel === 'BID_FOR' || rel === 'ACQUIRED') && (!dealObject || price)) objStart = -1;
  // "Halden's sale of Brix", "a majority stake in Corvane"; not "Brix's sale to Marlow"
  if (rel === 'OWNS' && objStart >= 0 && !/^(of|in)$/.test(v.lowers[objStart - 1])) objStart = -1;
  let targets = objStart >= 0 ? objectAfter(v, objStart, exclude, 8) : [];
  // "its purchase of the Brix assets", "the sale of Qadira shares": assets or shares, not the company
  if (DEAL_ACTS.has(rel)) targets = targets.filter((r) => !sharesAfter(v, r));
  // "the takeover of Qadira by Norvex": the "of" object comes before the agent
  if (targets.length === 0 && agent === fromBy && agent.length > 0 && v.lowers[f.tj] === 'of')
    targets = objectAfter(v, f.tj + 1, exclude, 4).filter((r) => r.tj <= agent[0].ti);
  // "the takeover bid of Norvex for Qadira": the "of" object is the bidder when "for" follows it
  const ofEnd = targets.length > 0 ? Math.max(...targets.map((r) => r.tj)) : -1;
  if (rel === 'BID_FOR' && !poss && v.lowers[objStart - 1] === 'of' && v.lowers[ofEnd] === 'for') {
    const forObject = objectAfter(v, ofEnd + 1, new Set(targets.map((r) => r.key)), 4);
    if (forObject.length > 0) return emit(targets, forObject, 0.75);
  }
  // "Halden completed the Pexo purchase": before a noun of acquiring, a name is what is bought, and
  // the clause subject buys; "a Norvex bid" keeps its bidder
  if (
    DEALS.has(rel) &&
    rel !== 'OWNS' &&
    comp.length === 1 &&
    targets.length === 0 &&
    readsAs(v, f, 'ACQUIRED')
  ) {
    const buyer = subject(v, f.ti, false).filter((r) => r.key !== comp[0].key);
    if (buyer.length > 0) return emit(buyer, comp, 0.7);
  }
  // "Norvex bid for Qadira in March. The takeover was completed in June.": the document's deal, done
  if (rel === 'ACQUIRED' && agent.length === 0 && targets.length === 0) {
    const deal = dealAnaphor(v, f.ti - 1);
    if (deal.length === 2) return emit([deal[0]], [deal[1]], 0.65);
  }
  // "an in-depth review of the transaction": the document's last deal
  if (rel === 'REGULATES' && targets.length === 0 && objStart >= 0) targets = dealAnaphor(v, objStart);
  if (rel === 'PARTNERED_WITH' && comp.length >= 2) {
    // "an Norvex-Qadira partnership"
    return emit([comp[0]], comp.slice(1), 0.8);
  }
  if (agent.length === 0 && rel === 'PARTNERED_WITH' && targets.length >= 2) {
    // "a partnership between Norvex and Qadira"
    return emit([targets[0]], targets.slice(1), 0.75);
  }
  // "Qadira rejected an offer from Norvex": a bid with no object is for the one who answers it
  if (rel === 'BID_FOR' && targets.length === 0 && (poss || (fromBy.length > 0 && agent === fromBy))) {
    const answered = bidTarget(v, f.ti, f.tj, exclude);
    // "Qadira put Pexo up for sale. ... A late offer from Halden was turned away": an offer that names
    // no target and no one answering it is for the target of the document's deal
    // (only "from X", with no object at all: a possessor may be a pronoun or descriptor read wrongly)
    const fromOnly = !poss && objStart < 0 && fromBy.length > 0 && agent === fromBy;
    const target = answered.length > 0 || !fromOnly ? answered : recentDealParties(v, f.ti).slice(1);
    return emit(
      agent,
      target.filter((r) => !exclude.has(r.key)),
      conf - 0.1,
    );
  }
  // "Norvex and Qadira formed a consortium": a consortium's coordinated founders (its leader alone is no pair)
  const consortium = /consortium/i.test(trig);
  const partnerNoun =
    rel === 'PARTNERED_WITH' && (!consortium || (agent.length >= 2 && targets.length === 0));
  // "Norvex won the Commission's approval", "Lumo won Borland approval": the regulated is the clause subject
  const regulatorNamed = rel === 'REGULATES' && (poss !== undefined || comp.length === 1);
  // "Norvex closed the purchase with Halden's $2bn backing": the backed is the clause subject
  const withPoss =
    rel === 'SUPPORTS' &&
    poss !== undefined &&
    v.lowers.slice(Math.max(0, poss.ti - 2), poss.ti).includes('with');
  if (
    targets.length === 0 &&
    (partnerNoun ||
      withPoss ||
      regulatorNamed ||
      ((rel === 'REGULATES' || rel === 'SUPPORTS') && agent === fromBy))
  ) {
    // "Qadira will need approval from Brussels": the regulated is the clause subject
    // "TikTok Seeks Norvex Partnership": the other partner is the clause subject
    // not the speaker: "Ana Ruiz said the Authority's investigation would continue"
    const subj = subject(v, f.ti, false).filter(
      (r) => !exclude.has(r.key) && !v.lowers.slice(r.tj, f.ti).some((w) => v.words['speech-verbs'].has(w)),
    );
    if (subj.length > 0) return emit(agent, subj, conf - 0.05);
    // "the sale of Norvex could need approval from Brussels": the deal's parties
    // "The Authority's review ended without a challenge": a regulator's act opening its clause is on the last deal
    if (rel === 'REGULATES') {
      // "The deal needed approval from the Trade Commission": a deal anaphor opening the clause
      const parties = [
        dealSubject(v, f.ti),
        openingAct(v, agent, f.ti),
        dealAnaphor(v, clauseStart(v, f.ti)),
      ];
      return emit(agent, parties.find((p) => p.length > 0) ?? [], conf - 0.1);
    }
    if (rel === 'PARTNERED_WITH' && agent.length >= 2) return emit([agent[0]], agent.slice(1), 0.75);
    return [];
  }
  const out = emit(agent, targets, conf);
  // "Norvex and Qadira made a joint offer for Pexo": one deal by coordinated parties makes them partners
  // ("offers", plural, may be rival ones)
  if (DEAL_ACTS.has(rel) && out.length > 0 && !/s$/.test(v.lowers[f.tj - 1]))
    out.push(...coBuyers(v, f, agent, trig));
  return out;
}

const ARTICLES = wordSet('articles');

/** Verbs of judging before "in favour of": "ruled in favour of Norvex", "found in favor of Qadira". */
const RULINGS = /^(rule[sd]?|ruling|f(ou|i)nds?|found|decided?|decides|sided)$/;

/** Verbs whose subject receives the noun's act: "won the endorsement of", "secured the backing of". */
const RECEIVE = wordSet('receive-verbs');

/**
 * "Tom Hale won the endorsement of Ana Ruiz", "Norvex secured the approval of the Trade
 * Ministry": the "of" name gives, the clause subject receives.
 */
function receivedFrom(v: SentenceView, f: Frame): { giver: EntityRef[]; receiver: EntityRef[] } | undefined {
  const L = v.lowers;
  let k = f.ti - 1;
  while (k > 0 && ['the', 'a', 'an', 'formal', 'public', 'full', 'crucial', 'key'].includes(L[k])) k--;
  if (k < 1 || !RECEIVE.has(L[k]) || L[f.tj] !== 'of') return undefined;
  const giver = v.refs.filter((r) => r.ti > f.tj && r.ti <= f.tj + 4).slice(0, 1);
  const receiver = subject(v, k, false);
  if (giver.length === 0 || receiver.length === 0) return undefined;
  return { giver: group(v, giver[0]), receiver };
}

/** "The Authority's approval is needed", "Borland's antitrust review ended": the regulator's noun opens the clause. */
function openingAct(v: SentenceView, agent: EntityRef[], ti: number): EntityRef[] {
  if (agent.length === 0 || !agent[0].possessive) return [];
  const cs = clauseStart(v, ti);
  // "In Borland, the Justice Department's review ...": an opening phrase before a comma
  const before = v.lowers.slice(cs, agent[0].ti);
  const comma = before.lastIndexOf(',');
  return before.slice(comma + 1).every((w) => w === 'the') ? recentDealParties(v, ti) : [];
}

/** "The sale of Norvex [to Halden] could need ...": the parties of a deal noun opening the clause. */
function dealSubject(v: SentenceView, ti: number): EntityRef[] {
  const cs = clauseStart(v, ti);
  const k = offerNounIn(v, cs, Math.min(ti, cs + 4));
  if (k < 0 || v.lowers[k + 1] !== 'of') return [];
  const target = objectAfter(v, k + 2, new Set(), 3);
  if (target.length === 0) return [];
  // "the sale of Norvex to Halden": the buyer too
  const last = target[target.length - 1];
  const buyer = v.lowers[last.tj] === 'to' ? v.refs.filter((r) => r.ti === last.tj + 1) : [];
  return [...dealParties(v, k, target), ...buyer];
}

/**
 * "made a $2bn approach to Qadira", "a takeover approach to Qadira": an approach that is a bid (a
 * light verb or an amount before it, or a deal word in the trigger), not "its approach to regulation".
 */
function dealApproach(v: SentenceView, f: Frame): boolean {
  if (f.tj - f.ti > 1) return true;
  for (let k = f.ti - 1; k >= Math.max(0, f.ti - 5); k--) {
    const w = v.lowers[k];
    if (/^[$€£¥]|^\d/.test(w)) return true;
    if (v.words['light-verbs'].has(w)) return true;
    if (!v.ctx.tokens.tokens[k].word || v.refs.some((r) => r.ti <= k && k < r.tj)) return false;
  }
  return false;
}
