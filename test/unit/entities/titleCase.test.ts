import { describe, expect, it } from 'vitest';
import { toSentenceTokens } from '../../../src/entities/docTokens.js';
import { compileLexicon } from '../../../src/lexicon/compileLexicon.js';
import { lexicon } from '../extract/extractText.js';

const legalSuffixes = compileLexicon(lexicon).words['corporate-suffixes'];

const sentence = (text: string) =>
  toSentenceTokens({ index: 0, start: 0, end: text.length, text }, legalSuffixes);

// [text, is it headline-style capitalisation?]
const CASES: [string, boolean][] = [
  ['TikTok Seeks Oracle Partnership After Rejecting Microsoft Bid', true],
  ['Norvex Systems Agrees To Buy Qadira Holdings', true],
  ['Felder Bank Rejects Takeover Offer From Norvex Systems In Surprise Move', true],
  ['Qadira Holdings acquired Norvex Systems on Tuesday.', false],
  ['Zentro Group acquired Lumix Labs.', false],
  ['Qadira Holdings Inc. acquired Norvex Systems Corp. on Tuesday, March 3.', false],
  ['Norvex Systems said on Tuesday that it had agreed to buy Qadira Holdings.', false],
  ['Markets were calm.', false],
  // one lowercase word among seven: a full stop makes it a sentence, its absence a headline
  ['Norvex Systems and Qadira Holdings bought Lumo Labs.', false],
  ['Norvex Systems and Qadira Holdings bought Lumo Labs', true],
  ['Lumo Labs Shares Fall Sharply After Qadira Holdings Deal.', true],
];

describe('headline-style capitalisation', () => {
  it.each(CASES)('%s => %s', (text, titleCase) => {
    expect(sentence(text).titleCase).toBe(titleCase);
  });
});
