import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, facts that must all be extracted]
const CASES: [string, string[]][] = [
  [
    "The Competition Authority blocked Felder Bank's purchase of the Lumo app.",
    ['Competition Authority -REGULATES-> Felder Bank'],
  ],
  [
    'Norvex Systems will need approval for the deal from the Trade Ministry and Brussels.',
    ['Trade Ministry -REGULATES-> Norvex Systems', 'European Commission -REGULATES-> Norvex Systems'],
  ],
  [
    'The Trade Ministry and the Competition Authority must approve the sale of the Lumo app.',
    ['Trade Ministry -REGULATES-> Lumo', 'Competition Authority -REGULATES-> Lumo'],
  ],
  ['Beijing has ordered Qadira Holdings to halt the exports.', ['Beijing -REGULATES-> Qadira Holdings']],
  [
    'Norvex Systems submitted its plan to the Competition Authority.',
    ['Competition Authority -REGULATES-> Norvex Systems'],
  ],
  ['Felder Bank agreed a tie-up with Qadira Holdings.', ['Felder Bank -PARTNERED_WITH-> Qadira Holdings']],
  [
    'Qadira Holdings will partner with Norvex Systems on payments.',
    ['Qadira Holdings -PARTNERED_WITH-> Norvex Systems'],
  ],
  [
    'Norvex Systems and Qadira Holdings formed a partnership to build data centres.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  [
    'Felder Bank was in talks with a consortium led by Norvex Systems and including Qadira Holdings, which was keen to acquire Lumo Labs.',
    [
      'Norvex Systems -PARTNERED_WITH-> Qadira Holdings',
      'Qadira Holdings -BID_FOR-> Lumo Labs',
      'Norvex Systems -BID_FOR-> Lumo Labs',
    ],
  ],
];

describe('regulation, partnership and coordination', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const got = facts(extractText(sentence)).map((f) => f.replace(/ \[hedged\]$/, ''));
    for (const fact of expected) expect(got).toContain(fact);
  });

  it('a company cannot regulate', () => {
    expect(
      facts(extractText('Felder Bank blocked the Lumo app.')).filter((f) => f.includes('REGULATES')),
    ).toEqual([]);
  });
});
