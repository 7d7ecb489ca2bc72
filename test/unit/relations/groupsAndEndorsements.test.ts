import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, facts that must all be extracted, facts that must not be]
const CASES: [string, string[], string[]][] = [
  [
    'Pexo Labs was sold to a consortium led by Ana Ruiz and the buyout house Halden Capital.',
    ['Ana Ruiz -PARTNERED_WITH-> Halden Capital'],
    [],
  ],
  [
    'Ana Ruiz leads a group that also includes Halden Capital and Tom Hale.',
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
    "Both firms will merge Halden Capital's signalling arm with Qadira Holdings.",
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
    'Halden Capital endorsed the offer from Norvex Systems, as did the pension fund Qadira Holdings.',
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
    "Norvex Systems made an approach to Qadira Holdings, which the insurer's directors rebuffed within a day.",
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
    'Norvex Systems bid for Qadira Holdings. Its directors, chaired by Ana Ruiz, rebuffed a second proposal from a group fronted by Halden Capital.',
    ['Qadira Holdings -REJECTED-> Halden Capital'],
    ['Ana Ruiz -REJECTED-> Halden Capital'],
  ],
  [
    'Norvex Systems bid for Qadira Holdings. Last week the board endorsed a sweetened proposal from Halden Capital.',
    ['Qadira Holdings -SUPPORTS-> Halden Capital'],
    [],
  ],
  [
    'Qadira Holdings rejected an approach from a group led by Halden Capital and Ana Ruiz.',
    ['Qadira Holdings -REJECTED-> Halden Capital', 'Halden Capital -PARTNERED_WITH-> Ana Ruiz'],
    [],
  ],
  [
    'The Trade Ministry dismissed the concessions from Norvex Systems as inadequate.',
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
    'Halden Capital recommended that shareholders elect Tom Hale rather than Ana Ruiz.',
    ['Halden Capital -SUPPORTS-> Tom Hale'],
    ['Halden Capital -SUPPORTS-> Ana Ruiz'],
  ],
  ['Halden Capital recommended shareholders vote for Ana Ruiz.', ['Halden Capital -SUPPORTS-> Ana Ruiz'], []],
  [
    'Ana Ruiz leads a group that also includes shipping heir Zdenek Kvorl and Pexo chief executive Ivo Lund.',
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
    'Halden Capital bought Pexo Labs. The Trade Ministry approved the purchase on condition that Ana Ruiz step down from the Pexo board.',
    ['Trade Ministry -REGULATES-> Halden Capital', 'Trade Ministry -REGULATES-> Ana Ruiz'],
    [],
  ],
  [
    "Both firms said in March they would merge Halden Brothers' signalling arm with Qadira Holdings.",
    ['Halden Brothers -PARTNERED_WITH-> Qadira Holdings'],
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
