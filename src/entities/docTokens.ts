import type { Sentence } from '../types.js';
import { tokenize, type Token } from '../lexicon/tokenize.js';
import { wordSet } from '../lexicon/wordSet.js';

/** A sentence with its tokens; offsets are into Article.text. */
export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  lowers: string[];
  /** Headline-style capitalisation ("TikTok Seeks Oracle Partnership"): spans here only match known names. */
  titleCase: boolean;
}

const SHORT_WORDS = wordSet('title-case-short-words');

// Capitalised in any style, so they say nothing about headline style: "on Tuesday", "in March".
// Legal suffixes ("Norvex Inc.") count the same way; they come from the lexicon.
const CALENDAR_WORDS = wordSet('calendar-words');

export function toSentenceTokens(
  sentence: Sentence,
  legalSuffixes: ReadonlySet<string> = new Set(),
): SentenceTokens {
  const tokens = tokenize(sentence.text, sentence.start);
  let content = 0;
  let capital = 0;
  for (const t of tokens) {
    if (!t.word || SHORT_WORDS.has(t.lower) || /^\p{N}/u.test(t.text)) continue;
    const bare = t.lower.replace(/\.$/, '');
    if (t.cap && (CALENDAR_WORDS.has(bare) || legalSuffixes.has(bare))) continue;
    content++;
    if (t.cap) capital++;
  }
  return {
    sentence,
    tokens,
    lowers: tokens.map((t) => t.lower),
    // "Qadira Holdings acquired Norvex Systems on Tuesday." has 4 capitalised words of 5 that count,
    // but its lowercase verb makes it a sentence: below 7 such words, one lowercase word is enough;
    // so is a full stop after it ("Norvex Systems and Qadira Holdings bought Lumo Labs.": 6 of 7),
    // since a headline has none ("Norvex Systems Agrees to Buy Lumo Labs" stays a headline).
    titleCase:
      content >= 4 &&
      (capital === content ||
        (!endsLikeSentence(sentence.text) && content - capital <= Math.floor(content * 0.15))),
  };
}

/** Ends with . ! or ? (a closing quote or bracket may follow): "...bought Lumo Labs." */
const endsLikeSentence = (text: string): boolean => /[.!?]["'”’)\]]*\s*$/.test(text);
