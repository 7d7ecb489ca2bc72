import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

const BID = 'Norvex Systems agreed to buy Qadira Holdings on Monday. ';

// [text, REGULATES facts]: "the takeover", "the deal" mean the last deal the document stated
const ANAPHORS: [string, string[]][] = [
  [
    BID + 'The Borland Competition Authority cleared the takeover in June.',
    [
      'Borland Competition Authority -REGULATES-> Norvex Systems',
      'Borland Competition Authority -REGULATES-> Qadira Holdings',
    ],
  ],
  [
    BID + 'The Borland Competition Authority asked a judge to stop the merger.',
    [
      'Borland Competition Authority -REGULATES-> Norvex Systems',
      'Borland Competition Authority -REGULATES-> Qadira Holdings',
    ],
  ],
  [
    BID + 'The Borland Competition Authority opened a review of the transaction.',
    [
      'Borland Competition Authority -REGULATES-> Norvex Systems',
      'Borland Competition Authority -REGULATES-> Qadira Holdings',
    ],
  ],
  // a named deal is read from its names
  [
    BID + 'The Borland Competition Authority cleared the takeover of Lumo Group.',
    ['Borland Competition Authority -REGULATES-> Lumo Group'],
  ],
  // the deal the document states most often, not a side deal mentioned last
  [
    BID +
      'Norvex Systems raised its bid for Qadira Holdings. Lumo Group bought Tessel Systems in 2019. ' +
      'The Borland Competition Authority cleared the takeover.',
    [
      'Borland Competition Authority -REGULATES-> Norvex Systems',
      'Borland Competition Authority -REGULATES-> Qadira Holdings',
    ],
  ],
  // no deal stated before: nothing to refer to
  ['The Borland Competition Authority cleared the takeover in June.', []],
  // a denied deal is no deal
  [
    'Norvex Systems denied that it would buy Qadira Holdings. The Borland Competition Authority cleared the takeover.',
    [],
  ],
];

describe('deal anaphora: a regulator acting on "the takeover"', () => {
  it.each(ANAPHORS)('%s => %j', (text, expected) => {
    const got = facts(extractText(text)).filter((f) => f.includes('-REGULATES->'));
    expect(got.sort()).toEqual(expected.sort());
  });
});

// [text, REJECTED facts]: "rejected that approach" rejects the last deal's bidder
const OFFERS: [string, string[]][] = [
  [
    'Norvex Systems bid for Qadira Holdings. Qadira Holdings rejected the offer on Friday.',
    ['Qadira Holdings -REJECTED-> Norvex Systems'],
  ],
  ['Qadira Holdings rejected the offer on Friday.', []],
];

describe('deal anaphora: "rejected that approach"', () => {
  it.each(OFFERS)('%s => %j', (text, expected) => {
    expect(facts(extractText(text)).filter((f) => f.includes('-REJECTED->'))).toEqual(expected);
  });
});
