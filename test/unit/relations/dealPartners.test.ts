import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, facts that must all be extracted, facts that must not be]
const CASES: [string, string[], string[]][] = [
  // a completed acquisition that names the buyers' offer reports the bid too
  [
    'Norvex Systems and Qadira Holdings took control of Pexo Labs after its shareholders accepted their cash offer.',
    [
      'Norvex Systems -BID_FOR-> Pexo Labs',
      'Qadira Holdings -BID_FOR-> Pexo Labs',
      'Norvex Systems -ACQUIRED-> Pexo Labs',
    ],
    [],
  ],
  [
    'Halden Capital took control of Lumo Foods after investors accepted its revised $2bn offer.',
    ['Halden Capital -BID_FOR-> Lumo Foods', 'Halden Capital -ACQUIRED-> Lumo Foods'],
    [],
  ],
  // no offer named, or another's: no bid
  [
    'Halden Capital took control of Lumo Foods after the deal closed.',
    ['Halden Capital -ACQUIRED-> Lumo Foods'],
    ['Halden Capital -BID_FOR-> Lumo Foods'],
  ],
  [
    'Halden Capital and Norvex Systems took control of Lumo Foods, whose board had backed its own plan.',
    ['Halden Capital -ACQUIRED-> Lumo Foods'],
    ['Halden Capital -BID_FOR-> Lumo Foods'],
  ],
  [
    'Corvane Group agreed to sell its bakery arm to a group headed by UK buyout firm Halden Capital and the Ruiz family.',
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
    'It runs Pexo Airways, a joint venture with Qadira Airlines in which Halden Group owns 60%.',
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
    'Halden Group signed a joint software venture with Norvex Systems.',
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
    'Pexo Air won the tender with a final cash bid of EUR 9bn, said Norvex Systems.',
    [],
    ['Pexo Air -BID_FOR-> EUR'],
  ],
  // a list whose first names the recogniser missed: the named members are still objects
  [
    'Halden Media also owns The Morning Star, the Sunday Star and the Corvane Herald.',
    ['Halden Media -OWNS-> Corvane Herald'],
    [],
  ],
  ['Norvex Systems bought Qadira, Halden Capital said.', [], ['Norvex Systems -ACQUIRED-> Halden Capital']],
  // a named partnership: the name ends in the partnership noun and "with" follows
  [
    "Halden Airways flies to Boston. Regulators balked because of Halden's Coastal Alliance with Lumo Airlines.",
    ['Halden Airways -PARTNERED_WITH-> Lumo Airlines'],
    [],
  ],
  // a subsidiary named for its owner and country
  [
    'Qadira Kenya was fined. Qadira Group said its Kenyan subsidiary would pay.',
    ['Qadira Group -OWNS-> Qadira Kenya'],
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
  // a legal suffix outside the name's span before the apposition
  [
    'The state handed the carrier to Talva Private Limited, a unit of Halden Sons, on Thursday.',
    ['Halden Sons -OWNS-> Talva Private'],
    [],
  ],
  // plural partnership nouns
  [
    'Norvex Systems signed long-term supply agreements with Qadira Holdings.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
    [],
  ],
  // one deal noun of coordinated parties: partners; plural offers may be rival ones
  [
    'Norvex Systems and Qadira Holdings made a joint offer for Pexo Labs.',
    ['Norvex Systems -BID_FOR-> Pexo Labs', 'Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
    [],
  ],
  [
    'Norvex Systems and Qadira Holdings made offers for Pexo Labs.',
    ['Qadira Holdings -BID_FOR-> Pexo Labs'],
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  // partners that team up to bid both bid
  [
    'Norvex Systems teamed up with Qadira Holdings to bid for Pexo Labs.',
    ['Norvex Systems -BID_FOR-> Pexo Labs', 'Qadira Holdings -BID_FOR-> Pexo Labs'],
    [],
  ],
  [
    'Norvex Systems said Qadira Holdings wanted to buy Pexo Labs.',
    [],
    ['Norvex Systems -BID_FOR-> Pexo Labs'],
  ],
  // a stake holder named by a surname shared with a company is the company
  [
    'Halden Group chairman emeritus Ivo Halden spoke. It runs Pexo Airways, a joint venture with Qadira Airlines in which Halden owns 60%.',
    ['Halden Group -OWNS-> Pexo Airways', 'Halden Group -PARTNERED_WITH-> Qadira Airlines'],
    ['Ivo Halden -OWNS-> Pexo Airways'],
  ],
];

describe('partners and owners in deals: consortia, joint ventures, co-buyers', () => {
  it.each(CASES)('%s', (sentence, expected, unexpected) => {
    const got = facts(extractText(sentence)).map((f) => f.replace(/ \[hedged\]$/, ''));
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of unexpected) expect(got).not.toContain(fact);
  });
});
