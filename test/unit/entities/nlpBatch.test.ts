import { describe, expect, it } from 'vitest';
import { nlpEntitySpans, nlpEntitySpansBatch, nlpEntitySpansGrouped } from '../../../src/nlp.js';

// Sentences parsed together in one compromise call must get the spans each gets alone:
// the batch is a speed-up only (one nlp() call per document instead of one per sentence).
const SENTENCES = [
  'Oracle wins TikTok deal',
  'Microsoft said on Sunday that ByteDance rejected its bid to buy TikTok.',
  'Larry Ellison, who founded Oracle, met Steven Mnuchin in Washington.',
  'The Chinese government must approve any sale, officials in Beijing said.',
  'Qadira Holdings agreed to buy Norvex Systems for $2 billion',
  'Shares of Felder Bank rose 4% in London after Jane Doe became chief executive.',
  '',
  'He said nothing.',
  'Walmart and Microsoft\n\nmade a joint offer.',
];

describe('nlpEntitySpansBatch', () => {
  it('gives every sentence the spans it gets when parsed alone', () => {
    const batch = nlpEntitySpansBatch(SENTENCES);
    expect(batch).toHaveLength(SENTENCES.length);
    SENTENCES.forEach((sentence, n) => expect(batch[n], sentence).toEqual(nlpEntitySpans(sentence)));
  });

  it.each(SENTENCES.filter(Boolean))('spans of %j lie inside the sentence', (sentence) => {
    for (const span of nlpEntitySpansBatch(['Intro line.', sentence])[1]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(sentence.length);
      expect(sentence.slice(span.start, span.end).trim()).not.toBe('');
    }
  });

  it('returns nothing for no sentences', () => {
    expect(nlpEntitySpansBatch([])).toEqual([]);
  });
});

describe('nlpEntitySpansGrouped', () => {
  // 9 sentences x 8 = 72: three compromise calls of at most 30 sentences
  const MANY = Array.from({ length: 8 }, () => SENTENCES).flat();

  it('gives the spans of one batch, in calls of at most 30 sentences', () => {
    const grouped = nlpEntitySpansGrouped(MANY);
    expect(grouped).toHaveLength(MANY.length);
    MANY.forEach((sentence, n) => expect(grouped[n], sentence).toEqual(nlpEntitySpans(sentence)));
  });

  it('returns nothing for no sentences', () => {
    expect(nlpEntitySpansGrouped([])).toEqual([]);
  });
});
