import type { Sentence } from '../types.js';
import { tokenize, type Token } from './tokenize.js';

/** A sentence with its tokens; offsets are into Article.text. */
export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  lowers: string[];
  /** Headline-style capitalisation ("TikTok Seeks Oracle Partnership"): spans here only match known names. */
  titleCase: boolean;
}

const SHORT_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'and',
  'or',
  'as',
  'at',
  'by',
  'with',
  'from',
  'after',
  'over',
]);

export function toSentenceTokens(sentence: Sentence): SentenceTokens {
  const tokens = tokenize(sentence.text, sentence.start);
  let content = 0;
  let capital = 0;
  for (const t of tokens) {
    if (!t.word || SHORT_WORDS.has(t.lower) || /^\p{N}/u.test(t.text)) continue;
    content++;
    if (t.cap) capital++;
  }
  return {
    sentence,
    tokens,
    lowers: tokens.map((t) => t.lower),
    titleCase: content >= 4 && content - capital <= Math.max(1, Math.floor(content * 0.15)),
  };
}
