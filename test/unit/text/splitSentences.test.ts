import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/text/index.js';

// [text, expected sentence texts]
const cases: Array<[string, string[]]> = [
  // plain boundaries
  ['Norvex cut 300 jobs. Its shares fell 4%.', ['Norvex cut 300 jobs.', 'Its shares fell 4%.']],
  [
    'Did the board know? Nobody would say! The vote is Friday.',
    ['Did the board know?', 'Nobody would say!', 'The vote is Friday.'],
  ],
  ['Sales rose 12%. 2024 was a record year.', ['Sales rose 12%.', '2024 was a record year.']],
  ['The deal collapsed... Talks may resume.', ['The deal collapsed...', 'Talks may resume.']],
  ['It ended badly. "We lost," a trader said.', ['It ended badly.', '"We lost," a trader said.']],
  // abbreviations that never end a sentence
  ['Mr. Okafor joined Dr. Lind at the hearing.', ['Mr. Okafor joined Dr. Lind at the hearing.']],
  ['The talks began on Sept. 15 in St. Louis.', ['The talks began on Sept. 15 in St. Louis.']],
  ['Brightwell is ranked No. 2 behind its rival.', ['Brightwell is ranked No. 2 behind its rival.']],
  ['It sells hardware, e.g. Routers and switches.', ['It sells hardware, e.g. Routers and switches.']],
  // abbreviations that may end a sentence
  ['Shares of Velmora Inc. Rose after the report.', ['Shares of Velmora Inc. Rose after the report.']],
  [
    'The unit was sold to Tarsen Corp. The price was not disclosed.',
    ['The unit was sold to Tarsen Corp.', 'The price was not disclosed.'],
  ],
  [
    'Output fell in the U.K. The company blamed energy costs.',
    ['Output fell in the U.K.', 'The company blamed energy costs.'],
  ],
  ['U.S. regulators opened a review.', ['U.S. regulators opened a review.']],
  [
    'The meeting starts at 9 a.m. Monday in the annex.',
    ['The meeting starts at 9 a.m. Monday in the annex.'],
  ],
  // decimals and initials
  ['Revenue was $2.5bn, up 3.1% on the year.', ['Revenue was $2.5bn, up 3.1% on the year.']],
  ['The fund hired J. R. Castellano as adviser.', ['The fund hired J. R. Castellano as adviser.']],
  [
    'Founder Mara T. Ellery resigned. She gave no reason.',
    ['Founder Mara T. Ellery resigned.', 'She gave no reason.'],
  ],
  // quotes
  ['"We will sign the deal." he said on Tuesday.', ['"We will sign the deal." he said on Tuesday.']],
  [
    '"The offer is too low. We will wait," the chairman said. Talks stalled.',
    ['"The offer is too low. We will wait," the chairman said.', 'Talks stalled.'],
  ],
  ['"It is done." The firm then closed its office.', ['"It is done."', 'The firm then closed its office.']],
  [
    'He called it "a fair price." Investors disagreed.',
    ['He called it "a fair price."', 'Investors disagreed.'],
  ],
  // an unclosed quote (it continues in the next paragraph) does not swallow the line
  ['She said: "Costs rose. Margins fell.', ['She said: "Costs rose.', 'Margins fell.']],
  // lines, bullets, headline
  [
    'Lumora to buy Brightwell in $4bn deal\n\nLumora agreed to buy Brightwell.',
    ['Lumora to buy Brightwell in $4bn deal', 'Lumora agreed to buy Brightwell.'],
  ],
  [
    '• Prices rose.\n- Wages fell.\n* Rents held.\n1. First point.\n2) Second point.',
    ['Prices rose.', 'Wages fell.', 'Rents held.', 'First point.', 'Second point.'],
  ],
  ['  •   Spaced bullet with trailing space   ', ['Spaced bullet with trailing space']],
  ['-5% was the drop in March', ['-5% was the drop in March']],
  ['***\n---\n\n', []],
  ['Line one\r\nLine two', ['Line one', 'Line two']],
  ['', []],
];

describe('splitSentences', () => {
  it.each(cases)('%j', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it('gives offsets into the original text, spans trimmed and bullet markers left out', () => {
    const text = 'Headline here\n\n  • First bullet.  Second one.\n';
    expect(splitSentences(text)).toEqual([
      { index: 0, text: 'Headline here', start: 0, end: 13 },
      { index: 1, text: 'First bullet.', start: 19, end: 32 },
      { index: 2, text: 'Second one.', start: 34, end: 45 },
    ]);
  });

  it('cuts a sentence longer than maxSentenceChars at the last space before the limit', () => {
    const text = 'alpha beta gamma delta epsilon';
    const sentences = splitSentences(text, { maxSentenceChars: 12 });
    expect(sentences.map((s) => s.text)).toEqual(['alpha beta', 'gamma delta', 'epsilon']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a single token longer than the limit hard, without splitting a surrogate pair', () => {
    const text = 'ab😀cd'.repeat(3); // 18 UTF-16 units
    const sentences = splitSentences(text, { maxSentenceChars: 3 });
    expect(sentences.map((s) => s.text).join('')).toBe(text);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(3);
      expect(s.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  it('uses 2000 characters as the default sentence limit', () => {
    const text = 'word '.repeat(1000).trim(); // 4999 characters, no terminator
    const sentences = splitSentences(text);
    expect(sentences.length).toBe(3);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
  });

  it('handles a 1 MB line and a 100 KB token', () => {
    const line = 'The index rose. '.repeat(65_536);
    const token = 'x'.repeat(100_000);
    const text = `${line}\n${token}`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBe(65_536 + 50);
    expect(sentences[65_536].text).toBe('x'.repeat(2000));
    expect(sentences.at(-1)?.end).toBe(text.length);
  });
});
