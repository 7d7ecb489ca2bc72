import { clauseEnd, clauseStart, type SentenceView } from './clause/index.js';
import { findCue } from './cues.js';

export interface Polarity {
  /** "did not reject", "has never owned": a negation before the trigger in its clause. */
  negated: boolean;
  /** "is reportedly in talks", "it is unclear whether": a hedge in the trigger's clause or the one before. */
  hedged: boolean;
}

/** Is the relation whose trigger is at token `at` stated as a fact, denied or hedged? */
export function polarity(v: SentenceView, at: number): Polarity {
  const { lowers } = v;
  const phrases = v.ctx.lexicon.phrases;
  const cs = clauseStart(v, at);
  const negated = findCue(phrases.negations, lowers, Math.max(cs, at - 6), at) !== undefined;
  // hedges in the trigger's clause or the clause before it ("it is unclear whether X will approve")
  const hedged =
    findCue(
      phrases.hedges,
      lowers,
      cs > 0 ? clauseStart(v, cs - 1) : 0,
      Math.min(clauseEnd(v, at + 1), at + 3),
    ) !== undefined;
  return { negated, hedged };
}
