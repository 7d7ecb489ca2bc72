import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicon/lexicon.js';
import { compileTimeWords } from '../../../src/time/timeWords.js';
import { findTimes } from '../../../src/time/findTimes.js';
import type { TimeExpression } from '../../../src/time/types.js';
import { TIME_ROWS, type ExpectedTime } from '../../fixtures/time/expressions.js';

const words = compileTimeWords(loadLexicon().words);

const show = (e: TimeExpression): string =>
  `${e.text} -> ${e.date ?? '?'}${e.dateEnd ? `..${e.dateEnd}` : ''} ${e.granularity}${e.expected ? ' expected' : ''}`;
const showWant = ([text, start, end, g, expected]: ExpectedTime): string =>
  `${text} -> ${start ?? '?'}${end ? `..${end}` : ''} ${g}${expected ? ' expected' : ''}`;

describe('findTimes on the issue-18 table', () => {
  it('gets at least 95% of the expressions exactly (words, dates, granularity, expected)', () => {
    let total = 0;
    const misses: string[] = [];
    for (const [sentence, published, want] of TIME_ROWS) {
      const got = findTimes(sentence, published ?? undefined, words).map(show);
      const wanted = want.map(showWant);
      total += Math.max(1, wanted.length);
      if (wanted.length === 0 && got.length > 0)
        misses.push(`${sentence} [${published}]: none wanted, got ${got.join('; ')}`);
      for (const w of wanted) {
        if (!got.includes(w))
          misses.push(`${sentence} [${published}]: want ${w}, got ${got.join('; ') || 'nothing'}`);
      }
      // a found time nobody asked for is a miss too
      for (const g of got)
        if (wanted.length > 0 && !wanted.includes(g)) misses.push(`${sentence}: extra ${g}`);
    }
    const rate = 1 - misses.length / total;
    expect(total).toBeGreaterThanOrEqual(100);
    expect(
      rate,
      `exact ${(100 * rate).toFixed(1)}% of ${total}; misses:\n${misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.95);
    console.log(
      `findTimes: ${total - misses.length}/${total} exact (${(100 * rate).toFixed(1)}%)${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
  });

  it.each([
    ['Norvex rejected the offer on Monday.', 0],
    ['No time here at all.', 0],
  ])('keeps offsets into the sentence: %s', (sentence) => {
    for (const e of findTimes(sentence, '2019-09-18', words))
      expect(sentence.slice(e.start, e.end)).toBe(e.text);
  });
});
