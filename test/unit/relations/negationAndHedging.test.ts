import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, fact with its flags]
const FLAGGED: [string, string][] = [
  [
    'Qadira Holdings did not reject the offer from Norvex Systems.',
    'Qadira Holdings -REJECTED-> Norvex Systems [negated]',
  ],
  [
    'Norvex Systems is reportedly in talks to acquire Qadira Holdings.',
    'Norvex Systems -BID_FOR-> Qadira Holdings [hedged]',
  ],
  [
    'Felder Bank could buy Qadira Holdings, people familiar with the matter said.',
    'Felder Bank -BID_FOR-> Qadira Holdings [hedged]',
  ],
  [
    'Norvex Systems is expected to partner with Qadira Holdings.',
    'Norvex Systems -PARTNERED_WITH-> Qadira Holdings [hedged]',
  ],
  ['Felder Bank has never owned Qadira Holdings.', 'Felder Bank -OWNS-> Qadira Holdings [negated]'],
];

describe('negation and hedging', () => {
  it.each(FLAGGED)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });

  it('a plain statement is neither negated nor hedged', () => {
    expect(facts(extractText('Felder Bank rejected the offer from Norvex Systems.'))).toContain(
      'Felder Bank -REJECTED-> Norvex Systems',
    );
  });
});
