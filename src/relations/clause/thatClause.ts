import type { SentenceView } from './sentenceView.js';

/** Words of a short time phrase between a verb and its clause: "ruled this week that", "said on Monday that". */
const TIME_WORDS =
  /^(this|last|next|on|in|earlier|later|today|yesterday|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/;

/** Words a clause's subject may start with ("that the merger", "that about 16 billion", "that it"), not "that deal". */
const SUBJECT_START =
  /^(the|a|an|its|their|his|her|this|these|those|some|all|most|no|any|about|nearly|almost|it|they|he|she|we|there)$/;

/** Does token k start a clause (a determiner, pronoun, name or number), not a noun after demonstrative "that"? */
function opensClause(v: SentenceView, k: number): boolean {
  const t = v.ctx.tokens.tokens[k];
  return t !== undefined && (SUBJECT_START.test(t.lower) || t.cap || /^\d/.test(t.text));
}

/**
 * The "that" opening the object clause of the verb ending at token tj, past a short time phrase:
 * "the tribunal ruled that the merger could proceed", "the minister ruled this week that the deal ...".
 * Its index, else -1.
 */
export function thatClause(v: SentenceView, tj: number): number {
  for (let k = tj; k < Math.min(v.n, tj + 4); k++) {
    if (v.lowers[k] === 'that') return opensClause(v, k + 1) ? k : -1;
    if (!TIME_WORDS.test(v.lowers[k])) return -1;
  }
  return -1;
}
