import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, splitSentences } from '../../../src/text/index.js';

/** Characters that break naive text code: zero-width, bidi marks, NUL, combining marks, emoji, quotes, bullets. */
const awkward = fc.constantFrom(
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u0000',
  '\u0301',
  '\u0308',
  '😀',
  '👩‍👩‍👧',
  '🇬🇧',
  '\ud800', // lone surrogate
  '\n',
  '\r\n',
  '\u2028',
  ' ',
  '\u00a0',
  '. ',
  '? ',
  '." ',
  '"',
  '“',
  '”',
  '•',
  '- ',
  '1. ',
  'Mr.',
  'U.S.',
  'J. ',
  'A',
  'the',
  '2.5',
  'الشركة',
  'שלום',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), awkward), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('splitSentences on hostile text', () => {
  it('never throws and every sentence is the slice of the text at its offsets', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 300 }), (input, max) => {
        const sentences = splitSentences(input, { maxSentenceChars: max });
        let previousEnd = 0;
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(input.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end - s.start).toBeLessThanOrEqual(max);
          previousEnd = s.end;
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('cleanText never throws and its sentences keep the offset invariant', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('txt', 'md', 'html') as fc.Arbitrary<'txt' | 'md' | 'html'>,
        (input, kind) => {
          const cleaned = cleanText(input, kind);
          for (const s of splitSentences(cleaned.text))
            expect(cleaned.text.slice(s.start, s.end)).toBe(s.text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
