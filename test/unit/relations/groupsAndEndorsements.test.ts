import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, facts that must all be extracted, facts that must not be]
const CASES: [string, string[], string[]][] = [
  [
    'A consortium led by Ana Ruiz and the private equity firm Halden Capital completed its takeover of Pexo Labs.',
    ['Ana Ruiz -PARTNERED_WITH-> Halden Capital'],
    [],
  ],
  [
    'Ana Ruiz fronts a group that also includes Halden Capital and Tom Hale.',
    ['Ana Ruiz -PARTNERED_WITH-> Halden Capital', 'Ana Ruiz -PARTNERED_WITH-> Tom Hale'],
    [],
  ],
  [
    'Ana Ruiz, a partner at Halden Capital, said the offer was fair.',
    [],
    ['Ana Ruiz -PARTNERED_WITH-> Halden Capital'],
  ],
  [
    'Norvex Systems and Qadira Holdings agreed to merge.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
    [],
  ],
  [
    "The two groups agreed to merge Halden Capital's rail division with Qadira Holdings.",
    ['Halden Capital -PARTNERED_WITH-> Qadira Holdings'],
    [],
  ],
  [
    'Lumo Labs, backed by Halden Capital, bid for Pexo Labs.',
    ['Halden Capital -SUPPORTS-> Lumo Labs'],
    ['Lumo Labs -SUPPORTS-> Halden Capital'],
  ],
  [
    'Norvex Systems, pressured by the Trade Ministry, sold the unit.',
    ['Trade Ministry -REGULATES-> Norvex Systems'],
    [],
  ],
  [
    'Tom Hale won the endorsement of Ana Ruiz.',
    ['Ana Ruiz -SUPPORTS-> Tom Hale'],
    ['Tom Hale -SUPPORTS-> Ana Ruiz'],
  ],
  [
    'Tom Hale received the backing of Halden Capital and Qadira Holdings.',
    ['Halden Capital -SUPPORTS-> Tom Hale', 'Qadira Holdings -SUPPORTS-> Tom Hale'],
    [],
  ],
  [
    'Norvex Systems secured the approval of the Trade Ministry in May.',
    ['Trade Ministry -REGULATES-> Norvex Systems'],
    [],
  ],
  [
    'Halden Capital recommended the offer from Norvex Systems, as did the investment firm Qadira Holdings.',
    ['Halden Capital -SUPPORTS-> Norvex Systems', 'Qadira Holdings -SUPPORTS-> Norvex Systems'],
    [],
  ],
  [
    'Brussels approved the deal for Lumo Labs, as did Halden Capital.',
    ['European Commission -REGULATES-> Lumo Labs'],
    ['Halden Capital -REGULATES-> Lumo Labs'],
  ],
  [
    'The Trade Ministry instructed Norvex Systems to sell its stake in Pexo Labs.',
    ['Trade Ministry -REGULATES-> Norvex Systems'],
    [],
  ],
  [
    'Days later the Trade Ministry froze the assets of Qadira Holdings.',
    ['Trade Ministry -REGULATES-> Qadira Holdings'],
    [],
  ],
  [
    'Norvex Systems submitted a proposal to the Trade Ministry.',
    ['Trade Ministry -REGULATES-> Norvex Systems'],
    [],
  ],
  [
    'Norvex Systems made a proposal to acquire Qadira Holdings.',
    ['Norvex Systems -BID_FOR-> Qadira Holdings'],
    ['Qadira Holdings -REGULATES-> Norvex Systems'],
  ],
  [
    "Norvex Systems launched an offer for Qadira Holdings, which the lender's board rejected as too low.",
    ['Qadira Holdings -REJECTED-> Norvex Systems'],
    [],
  ],
  ['Halden Capital said it would vote its shares for Tom Hale.', ['Halden Capital -SUPPORTS-> Tom Hale'], []],
  [
    'The sale of Norvex Systems to Halden Capital will need approval from the Trade Ministry.',
    ['Trade Ministry -REGULATES-> Norvex Systems', 'Trade Ministry -REGULATES-> Halden Capital'],
    [],
  ],
  [
    'The takeover of Norvex Systems by Halden Capital won approval from the Trade Ministry.',
    ['Trade Ministry -REGULATES-> Norvex Systems', 'Trade Ministry -REGULATES-> Halden Capital'],
    [],
  ],
  [
    "Ana Ruiz said the Trade Ministry's investigation would continue.",
    [],
    ['Trade Ministry -REGULATES-> Ana Ruiz'],
  ],
  [
    'The deal drew a similar Trade Ministry order barring Norvex Systems from the board.',
    [],
    ['Trade Ministry -REGULATES-> Norvex Systems'],
  ],
  [
    'The Trade Ministry ordered Norvex Systems to sell the unit.',
    ['Trade Ministry -REGULATES-> Norvex Systems'],
    [],
  ],
  [
    'Norvex Systems made a $4bn offer for Qadira Holdings. The board, led by chairman Ana Ruiz, rejected an approach from a consortium headed by Halden Capital.',
    ['Qadira Holdings -REJECTED-> Halden Capital'],
    ['Ana Ruiz -REJECTED-> Halden Capital'],
  ],
  [
    'Norvex Systems made a $4bn offer for Qadira Holdings. The board then recommended a higher offer from Halden Capital.',
    ['Qadira Holdings -SUPPORTS-> Halden Capital'],
    [],
  ],
  [
    'Qadira Holdings rejected an approach from a group led by Halden Capital and Ana Ruiz.',
    ['Qadira Holdings -REJECTED-> Halden Capital', 'Halden Capital -PARTNERED_WITH-> Ana Ruiz'],
    [],
  ],
  [
    'The Trade Ministry had rejected a package of undertakings from Norvex Systems in December.',
    ['Trade Ministry -REGULATES-> Norvex Systems'],
    [],
  ],
  [
    'Halden Capital rejected a package of concessions from Norvex Systems.',
    [],
    ['Halden Capital -REJECTED-> Norvex Systems'],
  ],
  [
    'Norvex Systems agreed to buy Qadira Holdings. The Trade Ministry later attached conditions to that deal.',
    ['Trade Ministry -REGULATES-> Norvex Systems'],
    [],
  ],
  [
    'Proxy adviser Halden Capital recommended that investors elect Tom Hale, though not Ana Ruiz.',
    ['Halden Capital -SUPPORTS-> Tom Hale'],
    ['Halden Capital -SUPPORTS-> Ana Ruiz'],
  ],
  ['Halden Capital recommended shareholders vote for Ana Ruiz.', ['Halden Capital -SUPPORTS-> Ana Ruiz'], []],
  [
    'Ana Ruiz fronts a group that also includes Borland billionaire Zdenek Kvorl and Pexo chief executive Ivo Lund.',
    ['Ana Ruiz -PARTNERED_WITH-> Ivo Lund'],
    ['Ana Ruiz -PARTNERED_WITH-> Borland', 'Ana Ruiz -PARTNERED_WITH-> Pexo'],
  ],
  [
    'A consortium that includes Halden Capital and Pexo Labs bid for Lumo Labs on Monday.',
    ['Halden Capital -PARTNERED_WITH-> Pexo Labs'],
    ['Halden Capital -PARTNERED_WITH-> Lumo Labs'],
  ],
  [
    'The Halden Capital group includes Qadira Holdings, Lumo Partners Group and Tessel Ventures.',
    ['Halden Capital -PARTNERED_WITH-> Qadira Holdings', 'Halden Capital -PARTNERED_WITH-> Tessel Ventures'],
    [],
  ],
  [
    'Halden Capital bought Pexo Labs. The Trade Ministry cleared the takeover on condition that Ana Ruiz, the Halden chief executive, not join the Pexo board.',
    ['Trade Ministry -REGULATES-> Halden Capital', 'Trade Ministry -REGULATES-> Ana Ruiz'],
    [],
  ],
];

describe('groups, endorsements, reduced passives and elliptic "as did"', () => {
  it.each(CASES)('%s', (sentence, expected, unexpected) => {
    const got = facts(extractText(sentence)).map((f) => f.replace(/ \[hedged\]$/, ''));
    for (const fact of expected) expect(got).toContain(fact);
    for (const fact of unexpected) expect(got).not.toContain(fact);
  });
});
