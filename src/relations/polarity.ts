import type { RelationType } from '../types.js';
import { clauseEnd, clauseStart, type SentenceView } from './clause/index.js';
import { findCue } from './cues.js';
import { wordSet } from '../lexicon/wordSet.js';

export interface Polarity {
  /** "did not reject", "has never owned", "denied reports that it is in talks to buy": denied. */
  negated: boolean;
  /** "could buy", "is expected to endorse", "a possible tie-up": only possible, expected or rumoured. */
  hedged: boolean;
}

const COMPLEMENTIZERS = wordSet('complementizers');

/** Words that end the reach of a denial: "Norvex denied the report; Halden bought Qadira". */
const HARD_BREAKS = new Set([';', ...wordSet('denial-breaks')]);

/**
 * Is the relation whose trigger is at token `at` stated as a fact, denied or only possible?
 * Attribution ("reportedly", "according to people familiar") is not doubt: a reported fact counts.
 */
export function polarity(v: SentenceView, at: number, type: RelationType): Polarity {
  return { negated: negated(v, at, type), hedged: hedged(v, at, type) };
}

function negated(v: SentenceView, at: number, type: RelationType): boolean {
  const { lowers } = v;
  const phrases = v.ctx.lexicon.phrases;
  const cs = clauseStart(v, at);
  // "Norvex walked away from its bid for Qadira": a bid taken back was made
  const retracted = type === 'BID_FOR' && v.words['offering-nouns'].has(lowers[at]);
  const accept = (k: number): boolean => !(retracted && findCue(phrases.retractions, lowers, k, k + 1) === k);
  // "Qadira did not reject the offer": a negation in the trigger's clause, close before it
  if (findCue(phrases.negations, lowers, Math.max(cs, at - 6), at, accept) !== undefined) return true;
  // "Norvex denied reports that it is in talks to buy Qadira": a denial reaches into the clauses it governs
  let from = 0;
  for (let k = at - 1; k >= 0; k--) {
    if (HARD_BREAKS.has(lowers[k])) {
      from = k + 1;
      break;
    }
  }
  return findCue(phrases.denials, lowers, from, at) !== undefined;
}

function hedged(v: SentenceView, at: number, type: RelationType): boolean {
  const { lowers } = v;
  const { tokens } = v.ctx.tokens;
  const phrases = v.ctx.lexicon.phrases;
  const cs = clauseStart(v, at);
  // "it is unclear whether X will approve": a hedge governs the clause its complementizer opens,
  // not one joined by "after", "because" or a comma ("expected to partner after X rejected Y")
  const from = cs > 0 && COMPLEMENTIZERS.has(lowers[cs - 1]) ? clauseStart(v, cs - 1) : cs;
  // "a tie-up could follow": a modal right after a noun trigger
  const to = Math.min(clauseEnd(v, at + 1), at + 3);
  const accept = (k: number): boolean => {
    // "acquired Qadira in May": the month, not the modal
    if (lowers[k] === 'may' && tokens[k].cap && k > 0) return false;
    // "Ana Ruiz said she would back Tom Hale": a stated intention, not a hypothesis
    if (lowers[k] === 'would') {
      for (let j = k - 1; j >= Math.max(0, k - 4); j--)
        if (v.words['speech-verbs'].has(lowers[j])) return false;
    }
    return true;
  };
  // "the Commission could block the deal" still says the Commission has power over the deal
  if (type !== 'REGULATES' && findCue(phrases.hedges, lowers, from, to, accept) !== undefined) return true;
  // "Norvex plans to complete its acquisition of Qadira": a planned acquisition has not happened
  return type === 'ACQUIRED' && findCue(phrases.intentions, lowers, from, at) !== undefined;
}
