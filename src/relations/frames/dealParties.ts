import type { EntityRef } from '../../entities/recognizeEntities.js';
import { byAgent, objectAfter, type SentenceView } from '../clause/index.js';
import { offerNounIn } from './rejectedBidder.js';
import { wordSet } from '../../lexicon/wordSet.js';

/**
 * A regulator acting on a deal acts on each party named with it: "blocked Halden's takeover of
 * Pexo" (Halden and Pexo), "approved the takeover of Lumo by Tessel" (Lumo and Tessel). `obj` is
 * the first name of the verb's object, read from token tj.
 */
export function dealParties(v: SentenceView, tj: number, obj: EntityRef[]): EntityRef[] {
  if (obj.length === 0) return obj;
  const first = obj[0];
  const last = obj[obj.length - 1];
  const seen = new Set(obj.map((r) => r.key));
  const more: EntityRef[] = [];
  // "Halden's [$2bn] takeover of Pexo" ("Norvex Systems' takeover": a bare apostrophe after -s)
  if (first.possessive || /^['’]$/.test(v.lowers[first.tj] ?? '')) {
    const k = offerNounIn(v, first.tj, first.tj + 6);
    if (k >= 0 && (v.lowers[k + 1] === 'of' || v.lowers[k + 1] === 'for'))
      more.push(...objectAfter(v, k + 2, seen, 4));
    // "Norvex bid for Pexo. ... The Commission cleared Norvex's bid": the bid is for the target of the
    // document's deal; "the consortium's bid": a description of the bidder, the target alone is sure
    else if (k >= 0 && k <= first.tj + 2 && bidderOfRecentDeal(v, first)) {
      const target = recentDealParties(v, k).slice(1);
      if (first.kind === 'descriptor' && obj.length === 1) return target;
      more.push(...target);
    }
  }
  // "the takeover of Lumo by Tessel"
  const k = offerNounIn(v, tj, first.ti);
  if (k >= 0 && v.lowers[k + 1] === 'of') more.push(...byAgent(v, last.tj, 2));
  return [...obj, ...more.filter((r) => !seen.has(r.key))];
}

/** The bidder of the document's deal, or a description of a bidder ("the consortium") other than its target. */
function bidderOfRecentDeal(v: SentenceView, r: EntityRef): boolean {
  const deal = v.ctx.recentDeal;
  if (!deal) return false;
  return deal[0] === r.key || (r.kind === 'descriptor' && deal[1] !== r.key);
}

const ANAPHORS = wordSet('deal-anaphors');

/**
 * "The Commission cleared the takeover", "a review of the transaction": a definite deal noun at
 * token `from` means the deal the document stated most often; its parties (ctx.recentDeal) are the
 * regulated.
 */
export function dealAnaphor(v: SentenceView, from: number, reach = 4): EntityRef[] {
  const deal = v.ctx.recentDeal;
  if (!deal || !ANAPHORS.has(v.lowers[from])) return [];
  const k = offerNounIn(v, from + 1, from + reach);
  if (k < 0 || v.refs.some((r) => r.ti > from && r.ti <= k)) return [];
  // "the takeover of Lumo": a named deal is read from its names, not from the last one
  // ("reviewed the transaction for most of the year" names none)
  if (
    (v.lowers[k + 1] === 'of' || v.lowers[k + 1] === 'for') &&
    objectAfter(v, k + 2, new Set(), 4).length > 0
  )
    return [];
  return deal.map((key) => ({ ...anaphorRef, key, ti: k, tj: k + 1 }));
}

/**
 * "Norvex agreed to buy Qadira. ... President Tom Hale vetoed it": an "it" that names no
 * entity, as a regulator's object, is the document's deal.
 */
export function dealPronoun(v: SentenceView, k: number): EntityRef[] {
  if (v.lowers[k] !== 'it' || v.refs.some((r) => r.ti === k)) return [];
  return recentDealParties(v, k);
}

/** The parties of the deal the document stated most often, as refs at token ti. */
export function recentDealParties(v: SentenceView, ti: number): EntityRef[] {
  return (v.ctx.recentDeal ?? []).map((key) => ({ ...anaphorRef, key, ti, tj: ti + 1 }));
}

/** Nouns for a company's governing body: "the board rejected", "the special committee recommended". */
const BOARDS = wordSet('governing-bodies');

/**
 * "Norvex bid for Qadira. ... The board rejected the approach": a bare board ("the board", "its
 * special committee", no name before it) as the subject of the clause before token ti is the
 * board of the target of the document's deal.
 */
export function boardOfTarget(v: SentenceView, cs: number, ti: number): EntityRef[] {
  const deal = v.ctx.recentDeal;
  if (!deal) return [];
  const L = v.lowers;
  const k = L.findIndex((w, i) => i >= cs && i < ti && BOARDS.has(w));
  if (k < 0 || k > cs + 3 || (L[cs] !== 'the' && L[cs] !== 'its')) return [];
  // a name before the board is its owner; "its" is resolved to whoever is in focus, not the board's firm
  // ("the board" itself, resolved as a descriptor, is no owner before it)
  if (v.refs.some((r) => r.ti >= cs && r.ti < k && r.tj <= k && r.kind !== 'pronoun')) return [];
  return [{ ...anaphorRef, key: deal[1], ti: k, tj: k + 1 }];
}

const anaphorRef: EntityRef = {
  key: '',
  sentence: -1,
  ti: -1,
  tj: -1,
  start: -1,
  end: -1,
  text: '',
  kind: 'descriptor',
  possessive: false,
  part: false,
};
