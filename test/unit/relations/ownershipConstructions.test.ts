import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// stakes, units and other ways news names an owner, a buyer or a bidder: [text, fact that must be read]
const FOUND: [string, string][] = [
  ['Halden Capital has a 75% stake in Corvane Labs.', 'Halden Capital -OWNS-> Corvane Labs'],
  [
    'Corvane Labs, in which Halden Capital holds 51 per cent, reported a loss.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  [
    'Corvane Labs, in which Halden Capital has a 60% stake, reported a loss.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  ['Halden Capital said its Corvane Labs unit would cut jobs.', 'Halden Capital -OWNS-> Corvane Labs'],
  [
    'Halden Capital agreed to sell its Corvane Labs retail unit to Marlow Group.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  [
    'The board of Qadira Holdings rejected the offer from Norvex Systems on Monday.',
    'Qadira Holdings -REJECTED-> Norvex Systems',
  ],
  [
    "Qadira Holdings' board accepted the offer from Norvex Systems on Monday.",
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems walked away from its bid for Qadira Holdings on Monday.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Halden Capital took Qadira Holdings private in 2019, a filing showed.',
    'Halden Capital -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Qadira Holdings was taken private by Halden Capital in 2019.',
    'Halden Capital -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Halden Capital agreed to take Qadira Holdings private for $2bn, the company said.',
    'Halden Capital -BID_FOR-> Qadira Holdings',
  ],
  [
    'A consortium led by Ana Ruiz and Halden Capital completed its takeover of Qadira Holdings on Monday.',
    'Ana Ruiz -ACQUIRED-> Qadira Holdings',
  ],
  [
    'A consortium led by Ana Ruiz and Halden Capital bought Qadira Holdings on Monday.',
    'Ana Ruiz -ACQUIRED-> Qadira Holdings',
  ],
  [
    "Norvex Systems, which bought Qadira Holdings' rival Pexo Labs in 2010, reported a loss.",
    'Norvex Systems -ACQUIRED-> Pexo Labs',
  ],
  ['Corvane Labs came under the control of Halden Capital in 2019.', 'Halden Capital -OWNS-> Corvane Labs'],
  [
    'Corvane Labs came under the control of Halden Capital in 2019.',
    'Halden Capital -ACQUIRED-> Corvane Labs',
  ],
  [
    'Corvane Labs formally came back under the ownership of Halden Capital on Thursday.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  [
    'Norvex Systems made an approach to Qadira Holdings in March.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Qadira Holdings agreed to sell itself to Norvex Systems for $2bn.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  ['Norvex Systems offered $2bn for Qadira Holdings on Monday.', 'Norvex Systems -BID_FOR-> Qadira Holdings'],
  [
    'Norvex Systems is offering 500p a share for Qadira Holdings, the company said.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems will pay $6.9 billion in cash for a 77% stake in Qadira Holdings.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems paid $2bn for Qadira Holdings in 2015, a filing showed.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Felder Bank reported a loss on Monday. The Felder-owned Qadira reported a loss on Monday, analysts said.',
    'Felder Bank -OWNS-> Qadira',
  ],
  [
    'Halden Capital reported a loss on Monday. The Halden Capital-owned lender Corvane Labs cut jobs, analysts said.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  [
    'Corvane Labs is majority-owned by Halden Capital, the company said.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  [
    'Corvane Labs, 80 per cent-owned by Halden Capital, cut jobs on Monday.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  [
    'Norvex Systems emerged as the preferred bidder for Qadira Holdings in March.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Halden Capital agreed to buy Qadira Holdings in May. Rival bidders for the two chains included Norvex Systems and Pexo Labs, the report said.',
    'Pexo Labs -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems controls 60% of Qadira Holdings, a filing showed.',
    'Norvex Systems -OWNS-> Qadira Holdings',
  ],
  [
    'Norvex Systems agreed to acquire a majority stake in Qadira Holdings for $2bn.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems sealed its $2bn purchase of Qadira Holdings on Monday.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
];

// [text, fact that must not be read]
const NOT_FOUND: [string, string][] = [
  // a minority holder owns nothing
  [
    'Corvane Labs, in which Halden Capital holds 30 per cent, reported a loss.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  // the percentage is another verb's object
  ['Halden Capital has lost 60% of Corvane Labs shares this year.', 'Halden Capital -OWNS-> Corvane Labs'],
  // a venture's partner named before ", in which" is not the venture
  [
    'Pexo Air is a joint venture with Qadira Holdings, in which Halden Capital holds 60 per cent.',
    'Halden Capital -OWNS-> Qadira Holdings',
  ],
  // "its" guessed from an earlier sentence is no owner
  [
    'Norvex Systems said on Monday that sales fell. Its Corvane Labs unit cut jobs, a spokesman for Halden Capital said.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  // a bid taken back was made; a deal walked away from is still no bid
  [
    'Norvex Systems did not make a bid for Qadira Holdings, the company said.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems abandoned plans to buy Qadira Holdings on Monday.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  // the possessor of the one bought is not bought
  [
    "Norvex Systems, which bought Qadira Holdings' rival Pexo Labs in 2010, reported a loss.",
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  // an article opens the noun's own phrase: "Qadira's board" is not the offer's possessor
  [
    "Qadira Holdings' board accepted the offer from Norvex Systems.",
    'Qadira Holdings -BID_FOR-> Norvex Systems',
  ],
  // an approach that is no bid; a price verb with no amount and "for"; a minority stake paid for
  [
    'Norvex Systems changed its approach to Qadira Holdings after the vote, analysts said.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems offered Ana Ruiz the top job at Qadira Holdings last year.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems paid Qadira Holdings $2bn in fees last year.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Norvex Systems paid $2bn for a 20% stake in Qadira Holdings in 2015.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Corvane Labs could come under the control of Halden Capital next year.',
    'Halden Capital -ACQUIRED-> Corvane Labs',
  ],
  // a surname before "group" names the family's firm, not the person
  [
    'Ana Ruiz founded the firm in 1990. Corvane Labs came under the control of the Ruiz group in 2019.',
    'Ana Ruiz -OWNS-> Corvane Labs',
  ],
  // a minority share before "-owned by" owns nothing
  [
    'Corvane Labs, 30 per cent-owned by Halden Capital, cut jobs on Monday.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  // a likely bidder has made no bid
  [
    'Norvex Systems was seen as a likely bidder for Qadira Holdings, analysts said.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  // a majority stake still to be bought is not owned
  [
    'Norvex Systems agreed to acquire a majority stake in Qadira Holdings for $2bn.',
    'Norvex Systems -OWNS-> Qadira Holdings',
  ],
  // a price paid for something else than the name
  [
    'Halden Capital paid $5m for the rights to a Qadira Holdings film in 2015, a filing showed.',
    'Halden Capital -ACQUIRED-> Qadira Holdings',
  ],
];

describe('ownership, acquisition and bid constructions', () => {
  it.each(FOUND)('%s => %s', (text, fact) => {
    expect(facts(extractText(text))).toContain(fact);
  });
  it.each(NOT_FOUND)('%s =/=> %s', (text, fact) => {
    expect(facts(extractText(text))).not.toContain(fact);
  });
  // a nationality before "-owned" names no owner
  it.each([['The US-owned Qadira Holdings cut jobs on Monday, analysts said.']])('%s: no OWNS', (text) => {
    expect(facts(extractText(text)).filter((f) => f.includes('-OWNS->'))).toEqual([]);
  });
});
