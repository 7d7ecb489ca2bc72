import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, REJECTED facts it states]: the target is the bidder, named by its offer or as the object
const REJECTIONS: [string, string[]][] = [
  ['Pexo Labs rejected an offer from Halden Capital.', ['Pexo Labs -REJECTED-> Halden Capital']],
  ["Pexo Labs rejected Halden Capital's $5 billion offer.", ['Pexo Labs -REJECTED-> Halden Capital']],
  [
    'Pexo Labs rejected an unexpected $4bn all-cash offer from rival Halden Capital on Friday.',
    ['Pexo Labs -REJECTED-> Halden Capital'],
  ],
  // the verb and its particle around the object
  ['Pexo Labs turned Halden Capital down last week.', ['Pexo Labs -REJECTED-> Halden Capital']],
  // a relative clause whose object is the antecedent offer
  [
    'Norvex Systems made an offer for Qadira Holdings, which Qadira Holdings rejected as too low.',
    ['Qadira Holdings -REJECTED-> Norvex Systems'],
  ],
  [
    "Tessel Corp made an unwelcome approach last spring, which Lumo Group's board turned down.",
    ['Lumo Group -REJECTED-> Tessel'],
  ],
  // the company rejects through its chief
  [
    "Qadira Holdings chief executive Ana Ruiz rejected Norvex Systems' offer.",
    ['Qadira Holdings -REJECTED-> Norvex Systems'],
  ],
  // "the board", a descriptor of the target, with its chairman in apposition
  [
    'Norvex Systems bid for Qadira Holdings in May. In June the board, chaired by Tom Hale, turned down an approach from a consortium headed by Halden Capital.',
    ['Qadira Holdings -REJECTED-> Halden Capital'],
  ],
  // not the rejection of a bid
  ["Pexo Labs rejected Halden Capital's claim.", []],
  ['The court rejected a package of undertakings from Halden Capital.', []],
];

describe('REJECTED: the bidder whose offer is turned down', () => {
  it.each(REJECTIONS)('%s => %j', (sentence, expected) => {
    const got = facts(extractText(sentence)).filter((f) => f.includes('-REJECTED->'));
    expect(got).toEqual(expected);
  });
});
