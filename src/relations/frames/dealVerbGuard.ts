import { findCue } from '../cues.js';
import { clauseEnd, prepositional, type SentenceView } from '../clause/index.js';
import { NOT_REALIS } from './verbFrame.js';
import { offerNounIn } from './rejectedBidder.js';
import type { FrameReader } from './frame.js';
import { reducedPassiveBy } from './participleFrame.js';
import { percentAt } from './stakeFrame.js';
import { zeroRelative } from './zeroRelativeFrame.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Relations a verb of buying, selling or owning states about its object. */
const DEAL = new Set(['ACQUIRED', 'BID_FOR', 'OWNS']);
const POSSESSIVES = wordSet('possessive-determiners');

/** "bought an 11% stake in Qadira", "sold shares in Brix": the object is shares, not the company. */
function sharesObject(v: SentenceView, tj: number): boolean {
  const L = v.lowers;
  for (let k = tj; k < Math.min(v.n, tj + 7); k++) {
    // "offered 500p a share for Qadira": a price per share, not shares bought
    const perShare = L[k - 1] === 'a' || L[k - 1] === 'per';
    if (!perShare && findCue(v.ctx.lexicon.phrases['share-nouns'], L, k, k + 1) !== undefined) return true;
    if (v.refs.some((r) => r.ti === k) || L[k] === ',' || v.words['clause-boundaries'].has(L[k]))
      return false;
  }
  return false;
}

/**
 * Wraps the verb frame with what it must not read as a deal: a reduced passive ("Corvane, owned
 * by Halden" is read by the participle frame, not as Corvane owning Halden), a relative clause
 * with no "which" (read by the zero-relative frame), shares as the object,
 * and "control" as a noun ("control over Qadira", "control of the board").
 */
export function dealVerbGuard(frame: FrameReader): FrameReader {
  return (v, f) => {
    if (reducedPassiveBy(v, f) >= 0 || zeroRelative(v, f)) return [];
    const out = frame(v, f);
    if (!DEAL.has(f.form.relation)) return out;
    // "Halden will buy a 60% stake in Corvane": seeking a majority is seeking to buy the company
    if (sharesObject(v, f.tj)) return f.form.relation === 'BID_FOR' && majorityStake(v, f.tj) ? out : [];
    // "Norvex has said it will sell Pexo" (a bidder may promise to sell what it has not yet bought),
    // "Norvex would own 60% of the group": ownership stated for later is none yet
    if (f.form.relation === 'OWNS' && FUTURE.has(v.lowers[f.ti - 1] ?? '')) return [];
    if (
      f.form.relation === 'OWNS' &&
      v.lowers[f.ti] === 'control' &&
      /^(over|of)$/.test(v.lowers[f.tj] ?? '')
    )
      return [];
    // "Norvex completed the $3bn deal to buy Qadira": the bid was carried out
    if (f.form.relation === 'BID_FOR' && completedDealBefore(v, f.ti))
      return out.map((c) => ({ ...c, type: 'ACQUIRED' as const }));
    // "Pexo grew by acquisition, buying Baxo for $32bn in 2016": a dated participle is done
    if (f.form.relation === 'BID_FOR' && datedGerund(v, f.ti, f.tj, f.form.form))
      return out.map((c) => ({ ...c, type: 'ACQUIRED' as const }));
    return out.filter(
      (c) =>
        // "divest its retail arm": "its" is the subject's own, not the object
        !(c.target.kind === 'pronoun' && POSSESSIVES.has(c.target.text.toLowerCase())) &&
        // "sell to Marlow": what is owned is the direct object, never a prepositional one
        !(c.type === 'OWNS' && prepositional(v, c.target)) &&
        // "purchase [an unknown name] from Harbek": the seller is not what is bought
        !(c.type !== 'OWNS' && afterFrom(v, c.target.ti)),
    );
  };
}

/** A percentage above 50 opening the object: "a 60% stake", "51 per cent of", "$6bn in cash for a 77% stake". */
function majorityStake(v: SentenceView, tj: number): boolean {
  for (let k = tj; k < Math.min(v.n, tj + 10); k++) {
    // "agreed to acquire a majority stake in Corvane", "a controlling interest"
    if (/^(majority|controlling)$/.test(v.lowers[k])) return true;
    const pct = percentAt(v, k);
    if (pct) return pct.value > 50;
  }
  return false;
}

const FUTURE = wordSet('modals');

/** "completed the deal to [buy]", "closed its agreement to [acquire]": a done deal noun before "to". */
function completedDealBefore(v: SentenceView, ti: number): boolean {
  const L = v.lowers;
  if (L[ti - 1] !== 'to') return false;
  const k = offerNounIn(v, ti - 2, ti - 1);
  if (k < 0 || L.some((w) => NOT_REALIS.has(w) && w !== 'to')) return false;
  return findCue(v.ctx.lexicon.phrases['deal-completion'], L, Math.max(0, k - 5), k) !== undefined;
}

const YEAR = /^(19|20)\d\d$/;

/** "buying Baxo for $32bn in 2016" (not "is buying", not "will be buying ... in 2027"). */
function datedGerund(v: SentenceView, ti: number, tj: number, form: string): boolean {
  const L = v.lowers;
  if (form !== 'gerund' || v.words.auxiliaries.has(L[ti - 1] ?? '')) return false;
  if (L.some((w) => NOT_REALIS.has(w) && w !== 'to')) return false;
  const end = Math.min(clauseEnd(v, tj), tj + 12);
  for (let k = tj; k < end; k++) if (L[k] === 'in' && YEAR.test(L[k + 1] ?? '')) return true;
  return false;
}

/** Is the name at ti the object of "from" ("from Harbek", "from rival group Harbek")? */
export function afterFrom(v: SentenceView, ti: number): boolean {
  for (let k = ti - 1; k >= Math.max(0, ti - 4); k--) {
    if (v.lowers[k] === 'from') return true;
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap || v.words.prepositions.has(t.lower)) return false;
  }
  return false;
}
