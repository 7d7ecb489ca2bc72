import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, fact that must be extracted]
const ACTIVE_AND_PASSIVE: [string, string][] = [
  [
    'Felder Bank rejected an offer from Norvex Systems to acquire Qadira Holdings.',
    'Felder Bank -REJECTED-> Norvex Systems',
  ],
  [
    'Felder Bank rejected an offer from Norvex Systems to acquire Qadira Holdings.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems said its takeover offer was rejected by Qadira Holdings.',
    'Qadira Holdings -REJECTED-> Norvex Systems',
  ],
  ['Qadira Holdings was acquired by Felder Bank in 2019.', 'Felder Bank -ACQUIRED-> Qadira Holdings'],
  ['Felder Bank bought Qadira Holdings last year.', 'Felder Bank -ACQUIRED-> Qadira Holdings'],
  ['Norvex Systems has agreed to buy Qadira Holdings for $2bn.', 'Norvex Systems -BID_FOR-> Qadira Holdings'],
  [
    'Retailer Qadira Holdings snubbed the approach from Norvex Systems.',
    'Qadira Holdings -REJECTED-> Norvex Systems',
  ],
  // short sentences that are mostly names are still sentences, not headlines
  ['Qadira Holdings acquired Norvex Systems on Tuesday.', 'Qadira Holdings -ACQUIRED-> Norvex Systems'],
  ['Zentro Group acquired Lumix Labs.', 'Zentro Group -ACQUIRED-> Lumix Labs'],
  [
    'Qadira Holdings Inc. acquired Norvex Systems Inc. on Tuesday.',
    'Qadira Holdings -ACQUIRED-> Norvex Systems',
  ],
];

describe('active and passive voice', () => {
  it.each(ACTIVE_AND_PASSIVE)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });

  it('a completed purchase is not also a bid, and a planned one is not a completed one', () => {
    expect(facts(extractText('Felder Bank bought Qadira Holdings last year.'))).not.toContain(
      'Felder Bank -BID_FOR-> Qadira Holdings',
    );
    expect(facts(extractText('Norvex Systems has agreed to buy Qadira Holdings.'))).not.toContain(
      'Norvex Systems -ACQUIRED-> Qadira Holdings',
    );
  });
});
