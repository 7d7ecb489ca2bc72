import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, facts that must all be extracted, facts that must not be]
const CASES: [string, string[], string[]][] = [
  [
    'Corvane Group sold its store chain last year to a group led by US private equity firm Halden Capital and the Ruiz family.',
    ['Halden Capital -PARTNERED_WITH-> Ruiz family'],
    [],
  ],
  [
    'Norvex Systems, Qadira Holdings and Halden Capital took control of Pexo Labs on Wednesday.',
    [
      'Norvex Systems -ACQUIRED-> Pexo Labs',
      'Halden Capital -ACQUIRED-> Pexo Labs',
      'Norvex Systems -PARTNERED_WITH-> Qadira Holdings',
      'Norvex Systems -PARTNERED_WITH-> Halden Capital',
      'Qadira Holdings -PARTNERED_WITH-> Halden Capital',
    ],
    [],
  ],
  [
    'Norvex Systems and Qadira Holdings both bid for Pexo Labs.',
    ['Norvex Systems -BID_FOR-> Pexo Labs', 'Qadira Holdings -BID_FOR-> Pexo Labs'],
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  [
    'It runs Pexo Airways, a joint venture with Qadira Airlines in which Halden Group holds 51 per cent.',
    ['Halden Group -PARTNERED_WITH-> Qadira Airlines', 'Halden Group -OWNS-> Pexo Airways'],
    ['Qadira Airlines -PARTNERED_WITH-> Pexo Airways'],
  ],
  [
    'Pexo Airways, a joint venture with Qadira Airlines in which Halden Group holds 40 per cent, grew.',
    ['Halden Group -PARTNERED_WITH-> Qadira Airlines'],
    ['Halden Group -OWNS-> Pexo Airways'],
  ],
  [
    'Pexo Airways is a joint venture between Norvex Systems and Qadira Airlines.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Airlines'],
    ['Norvex Systems -PARTNERED_WITH-> Pexo Airways'],
  ],
  [
    'Halden Group agreed instead to a joint internet venture with Norvex Systems last week.',
    ['Halden Group -PARTNERED_WITH-> Norvex Systems'],
    [],
  ],
  [
    'Halden Group said the venture would need Norvex Systems to invest.',
    [],
    ['Halden Group -PARTNERED_WITH-> Norvex Systems'],
  ],
  // the subject of a verb acting on someone else's deal makes no bid
  ['Ana Ruiz moved to block the takeover of Qadira Holdings.', [], ['Ana Ruiz -BID_FOR-> Qadira Holdings']],
  [
    'Halden Capital financed the takeover of Qadira Holdings.',
    [],
    ['Halden Capital -BID_FOR-> Qadira Holdings', 'Halden Capital -ACQUIRED-> Qadira Holdings'],
  ],
  [
    'Norvex Systems launched a takeover bid for Qadira Holdings.',
    ['Norvex Systems -BID_FOR-> Qadira Holdings'],
    [],
  ],
  // a bid spelt like the verb, inside a noun phrase: no verb reading with the price as object
  [
    'Pexo Air had won the auction with an enterprise value bid of Rs 18,000 crore, said Norvex Systems.',
    [],
    ['Pexo Air -BID_FOR-> Rs'],
  ],
  // a list whose first names the recogniser missed: the named members are still objects
  [
    'Halden Media, which also owns The Daily Corvane, the Sunday Lumo and the News of the Pexo.',
    ['Halden Media -OWNS-> News of the Pexo'],
    [],
  ],
  ['Norvex Systems bought Qadira, Halden Capital said.', [], ['Norvex Systems -ACQUIRED-> Halden Capital']],
  // a named partnership: the name ends in the partnership noun and "with" follows
  [
    "Halden Airways flies to Boston. Regulators balked because of Halden's Northeast Alliance with Lumo Airlines.",
    ['Halden Airways -PARTNERED_WITH-> Lumo Airlines'],
    [],
  ],
  // a subsidiary named for its owner and country
  [
    'Qadira Nigeria was fined. Qadira Group said its Nigerian subsidiary would pay.',
    ['Qadira Group -OWNS-> Qadira Nigeria'],
    [],
  ],
  // a name before "assets" or "shares" modifies them: the deal is for the assets, not the company
  [
    'Halden Labs expects to close its purchase of the Qadira Holdings assets in August.',
    [],
    ['Halden Labs -BID_FOR-> Qadira Holdings', 'Halden Labs -ACQUIRED-> Qadira Holdings'],
  ],
  // the seller of a sale noun owns what is sold; a regulator or a speaker sells nothing
  [
    'Halden Capital completed the sale of Brix Foods to Marlow Group on Friday.',
    ['Marlow Group -ACQUIRED-> Brix Foods', 'Halden Capital -OWNS-> Brix Foods'],
    [],
  ],
  [
    'The Trade Ministry approved the sale of Brix Foods to Marlow Group.',
    [],
    ['Trade Ministry -OWNS-> Brix Foods'],
  ],
  ['Ana Ruiz said the sale of Brix Foods to Marlow Group would close.', [], ['Ana Ruiz -OWNS-> Brix Foods']],
  ['The Trade Ministry ordered the sale of Brix Foods.', [], ['Trade Ministry -OWNS-> Brix Foods']],
  // seeking a majority stake is a bid for the company; a minority stake is not
  ['Halden Capital will buy a 60% stake in Corvane Labs.', ['Halden Capital -BID_FOR-> Corvane Labs'], []],
  ['Halden Capital will buy a 20% stake in Corvane Labs.', [], ['Halden Capital -BID_FOR-> Corvane Labs']],
];

describe('partners and owners in deals: consortia, joint ventures, co-buyers', () => {
  it.each(CASES)('%s', (sentence, expected, unexpected) => {
    const got = facts(extractText(sentence)).map((f) => f.replace(/ \[hedged\]$/, ''));
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of unexpected) expect(got).not.toContain(fact);
  });
});
