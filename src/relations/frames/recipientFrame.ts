import type { EntityRef } from '../../entities/recognizeEntities.js';
import {
  clauseEnd,
  group,
  nounObjectStart,
  objectAfter,
  passive,
  possessor,
  subject,
  type SentenceView,
} from '../clause/index.js';
import { dealDone } from './dealDone.js';
import { groupLeader } from './groupLeader.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { NOT_REALIS } from './verbFrame.js';

/** The buyer after "to": "sold Corvane, its retail arm, to Marlow Group" (an apposition may come between). */
function buyerAfter(v: SentenceView, from: number): EntityRef[] {
  const L = v.lowers;
  const end = Math.min(v.n, from + 14);
  for (let k = from; k < end; k++) {
    if (L[k] === 'to') {
      // "to a group led by Halden Capital": the group's leader buys
      const leader = groupLeader(v, k + 1);
      if (leader.length > 0) return leader;
      const r = v.refs.find((x) => x.ti > k && x.ti <= k + 4 && x.kind !== 'pronoun');
      return r ? group(v, r) : [];
    }
    if (k > from && L[k] !== ',' && v.words['clause-boundaries'].has(L[k])) break;
  }
  return [];
}

/**
 * A verb of selling: the buyer after "to" is the source, the thing sold the target. "Halden sold
 * Corvane to Marlow in 2012" (Marlow ACQUIRED Corvane), "Halden agreed to sell Corvane to Marlow"
 * (Marlow BID_FOR Corvane), "Corvane was sold to Marlow" (passive: the subject was sold).
 */
export function recipientFrame(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const L = v.lowers;
  const isPassive = passive(v, f.ti, f.form.form);
  const realis =
    (f.form.form === 'past' || isPassive) &&
    !NOT_REALIS.has(L[f.ti - 1]) &&
    !NOT_REALIS.has(L[f.ti - 2] ?? '');
  if (rel === 'ACQUIRED' && !realis) return [];
  if (rel === 'BID_FOR' && realis) return [];
  const seller = isPassive ? [] : subject(v, f.ti, f.form.form === 'gerund');
  let sold = isPassive ? subject(v, f.ti, false) : objectAfter(v, f.tj, new Set(seller.map((r) => r.key)), 4);
  // "Qadira agreed to sell itself to Norvex": the seller is what is sold
  if (!isPassive && /^(itself|themselves)$/.test(L[f.tj] ?? '')) sold = seller;
  // "sold its Brix store chain": past the seller's "its" to the name it owns
  if (sold.length === 1 && sold[0].kind === 'pronoun' && /^(its|their)$/i.test(sold[0].text)) {
    const named = v.refs.find((x) => x.ti === sold[0].tj && x.kind === 'name');
    sold = named ? [named] : sold;
  }
  // "sold its store chain to a group led by the Ruiz family": the buyer is no thing sold
  const to = isPassive ? -1 : L.indexOf('to', f.tj);
  if (to >= 0) sold = sold.filter((r) => r.ti < to);
  // "sold its retail arm to Marlow": "its" is the seller's own, the arm is not named
  if (sold.length === 0 || sold.some((r) => r.kind === 'pronoun')) return [];
  const buyer = buyerAfter(v, isPassive ? f.tj : Math.max(...sold.map((r) => r.tj)));
  // "sold its Ruiz bakery arm to a group led by the Ruiz family": a name read as both the thing sold
  // and a buyer is a misread (the chain is not the family)
  if (buyer.some((b) => sold.some((r) => r.key === b.key))) return [];
  return pairs(v, f.ti, rel, buyer, sold, 0.8, triggerText(v, f));
}

/**
 * The noun of selling: "the sale of Corvane to Marlow Group closed" (ACQUIRED once done, BID_FOR
 * while agreed), "Corvane's sale to Marlow" (the possessor is what is sold).
 */
export function recipientNounFrame(v: SentenceView, f: Frame): Candidate[] {
  const rel = f.form.relation;
  const done = dealDone(v, f.ti, f.tj);
  if (rel === 'ACQUIRED' && !done) return [];
  // "the sale of Brix to Marlow closed": the acquisition, not a bid as well
  if (rel === 'BID_FOR' && done) return [];
  const objStart = nounObjectStart(v, f.tj);
  let sold: EntityRef[] = [];
  let from = f.tj;
  if (objStart >= 0 && v.lowers[objStart - 1] === 'of') {
    sold = objectAfter(v, objStart, new Set(), 6);
    if (sold.length > 0) from = Math.max(...sold.map((r) => r.tj));
  } else {
    const poss = possessor(v, f.ti);
    if (poss) sold = [poss];
  }
  if (sold.length === 0 || sold.some((r) => r.kind === 'pronoun') || from >= clauseEnd(v, f.tj) + 8)
    return [];
  return pairs(v, f.ti, rel, buyerAfter(v, from), sold, 0.75, triggerText(v, f));
}
