import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../../src/text/datelineDate.js';
import { isoDate } from '../../../src/text/isoDate.js';

describe('isoDate: a page date as written -> ISO 8601, the page offset kept', () => {
  const cases: Array<[string, string | undefined]> = [
    ['2025-03-12T07:41:00Z', '2025-03-12T07:41:00Z'],
    ['2025-04-03T16:20:11.000Z', '2025-04-03T16:20:11Z'], // fraction dropped
    ['2025-03-03T14:02:11+0000', '2025-03-03T14:02:11+00:00'], // offset without colon
    ['2025-02-18T18:30:00-05:00', '2025-02-18T18:30:00-05:00'],
    ['2025-02-20T05:00-05:00', '2025-02-20T05:00:00-05:00'], // no seconds
    ['2025-02-11T17:45:00+05:30', '2025-02-11T17:45:00+05:30'],
    ['2025-03-04 09:30', '2025-03-04T09:30:00'], // no zone: none guessed
    ['2025/03/04 09:30:15 EST', '2025-03-04T09:30:15-05:00'],
    ['2025-06-30', '2025-06-30'],
    ['20250210', '2025-02-10'], // basic format
    ['20250210T074100Z', '2025-02-10T07:41:00Z'],
    ['Tue, 04 Mar 2025 14:02:11 GMT', '2025-03-04T14:02:11Z'], // RFC 2822
    ['4 Mar 2025 14:02 +0100', '2025-03-04T14:02:00+01:00'],
    ['March 4, 2025', '2025-03-04'],
    ['4 March 2025', '2025-03-04'],
    ['14/01/2025', '2025-01-14'],
    ['03/04/2025', undefined], // March 4 or 3 April
    ['2025-02-30', undefined],
    ['2025-03-04T25:00:00Z', undefined],
    ['2025-03-04T10:00:00 XYZT', undefined], // a zone name not known is not guessed
    ['yesterday', undefined],
    ['', undefined],
  ];
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});

describe('datelineDate: the date of a paragraph that opens with a dateline', () => {
  const cases: Array<[string, string | undefined]> = [
    ['HALVERSTON, Ohio, March 4, 2025 /Pressfeed/ -- Kestrel Systems Inc. today announced', '2025-03-04'],
    ['VARNHOLM, 12 March 2025 (Meridian Wire) - Norvex said on Wednesday', '2025-03-12'],
    ['SAN RAMIRO, Calif., Sept. 9, 2024 /Newsline/ -- Qadira Labs said', '2024-09-09'],
    ['VARNHOLM, March 12 (Meridian Wire) - Norvex said', undefined], // no year: not guessed
    ['By March 4, 2025, the plant will have closed.', undefined],
    ['Norvex, March 4, 2025 - a sentence, not a dateline', undefined], // the place is not in capitals
  ];
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(datelineDate(input)).toBe(expected);
  });
});
