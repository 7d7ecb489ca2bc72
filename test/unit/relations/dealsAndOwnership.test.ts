import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// deal nouns, participles, sales, ownership nouns and titles: [sentence, fact that must be read]
const FOUND: [string, string][] = [
  ['Corvane Labs, 40% owned by Halden Capital, said profit rose.', 'Halden Capital -OWNS-> Corvane Labs'],
  ['Pexo Labs, a unit of Halden Capital, said sales rose.', 'Halden Capital -OWNS-> Pexo Labs'],
  ["Halden Capital's subsidiary Corvane Labs reported a loss.", 'Halden Capital -OWNS-> Corvane Labs'],
  [
    'Corvane Labs will become a wholly owned subsidiary of Halden Capital.',
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  ['Vessel Bank, run by Ana Ruiz, raised money.', 'Ana Ruiz -LEADS-> Vessel Bank'],
  ['The Borland Labour Party, led by Tom Lee, won the vote.', 'Tom Lee -LEADS-> Borland Labour Party'],
  [
    'Barclon Bank, whose chief executive Ana Ruiz had courted investors, rose.',
    'Ana Ruiz -LEADS-> Barclon Bank',
  ],
  [
    'Mark Dunn, the former Norvex Systems chief executive, joined Qadira Holdings.',
    'Mark Dunn -LEADS-> Norvex Systems',
  ],
  [
    'Norvex Systems completed its purchase of Qadira Holdings on Thursday.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Norvex Systems took control of Qadira Holdings on Wednesday.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Qadira Holdings rejected an unsolicited offer from Norvex Systems.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  ['Halden Capital sold Corvane Labs to Marlow Group last year.', 'Marlow Group -ACQUIRED-> Corvane Labs'],
  ['Halden Capital sold Corvane Labs to Marlow Group last year.', 'Halden Capital -OWNS-> Corvane Labs'],
  ['Halden Capital agreed to sell Corvane Labs to Marlow Group.', 'Marlow Group -BID_FOR-> Corvane Labs'],
  [
    "Norvex Systems' bid for Pexo Labs was rejected by owner Qadira Holdings.",
    'Qadira Holdings -OWNS-> Pexo Labs',
  ],
  [
    'Norvex Systems withdrew its unsolicited $17.8 billion offer for Qadira Holdings on Monday.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    "Norvex Systems launched a $10bn offer for Italy's Lido Holdings.",
    'Norvex Systems -BID_FOR-> Lido Holdings',
  ],
  [
    'The Trade Ministry approved the takeover of Qadira Holdings by Norvex Systems.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Pexo Capital, the private equity arm of Halden Bank, bid for Corvane Labs.',
    'Halden Bank -OWNS-> Pexo Capital',
  ],
  ['Halden Capital, which owns Corvane Labs, rose.', 'Halden Capital -OWNS-> Corvane Labs'],
  ['Ana Ruiz, who heads Norvex Systems, said so.', 'Ana Ruiz -LEADS-> Norvex Systems'],
  ['Tom Lee, who has run Qadira Holdings since 2015, will stay.', 'Tom Lee -LEADS-> Qadira Holdings'],
  [
    'Mark Dunn, the former Norvex Systems chief executive who chairs Qadira Holdings, spoke.',
    'Mark Dunn -LEADS-> Qadira Holdings',
  ],
  ['Pexo Labs, which was bought by Halden Capital in 2019, grew.', 'Halden Capital -ACQUIRED-> Pexo Labs'],
  [
    'Norvex Systems chairman and chief executive Ana Ruiz said in a statement.',
    'Ana Ruiz -LEADS-> Norvex Systems',
  ],
  [
    'A late offer from Qadira Holdings founder Sir Tom Lee was not considered.',
    'Tom Lee -LEADS-> Qadira Holdings',
  ],
  [
    'Qadira Holdings rejected an approach from a consortium headed by Norvex Systems.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Halden Capital sold its Brix Foods chain last year to a group led by US private equity firm Marlow Group.',
    'Marlow Group -ACQUIRED-> Brix Foods',
  ],
  [
    "Marlow Group said it would press ahead with its $10 billion takeover of Canada's Brix Foods.",
    'Marlow Group -BID_FOR-> Brix Foods',
  ],
  [
    'Norvex Systems said on Monday that former chief executive Ana Ruiz would return.',
    'Ana Ruiz -LEADS-> Norvex Systems',
  ],
  ["Qadira Holdings rejected Marlow Systems' takeover offer.", 'Marlow Systems -BID_FOR-> Qadira Holdings'],
  [
    'Trion Partners, the investment firm Tom Lee co-founded, had nominated him.',
    'Tom Lee -LEADS-> Trion Partners',
  ],
  ['Pexo Labs, the startup Halden Capital acquired in 2019, grew.', 'Halden Capital -ACQUIRED-> Pexo Labs'],
  [
    'Qadira Holdings chief executive Ana Ruiz, who succeeded Tom Lee last month, spoke.',
    'Tom Lee -LEADS-> Qadira Holdings',
  ],
  // an asserted reading of a fact wins over a hedged one ("would return to run the bank")
  [
    'Norvex Systems said on Monday that former chief executive Ana Ruiz would return to run the bank.',
    'Ana Ruiz -LEADS-> Norvex Systems',
  ],
  [
    'Dow Labs and Pexo Labs merged in 2017, and Halden Capital bought Corvane Labs for $43bn the same year.',
    'Halden Capital -ACQUIRED-> Corvane Labs',
  ],
  [
    'Halden Capital grew by acquisition, buying rare-disease specialist Corvane Labs for $32 billion in 2016.',
    'Halden Capital -ACQUIRED-> Corvane Labs',
  ],
  ['Halden Capital is buying Corvane Labs.', 'Halden Capital -BID_FOR-> Corvane Labs'],
  ['Norvex Systems bought Pexo Labs from Halden Capital last year.', 'Halden Capital -OWNS-> Pexo Labs'],
  ['Quorra Systems agreed to purchase Tindle Labs from Harbek Group.', 'Harbek Group -OWNS-> Tindle Labs'],
  [
    'Qadira Holdings rejected the takeover bid of Halden Capital for its retail arm Pexo Labs.',
    'Halden Capital -BID_FOR-> Qadira Holdings',
  ],
  [
    'Rival bidders for Qadira Holdings included Norvex Systems and Halden Capital.',
    'Halden Capital -BID_FOR-> Qadira Holdings',
  ],
  [
    'Norvex Systems, a suitor for Qadira Holdings, raised its offer.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  ["Qadira Holdings' suitor Norvex Systems raised its offer.", 'Norvex Systems -BID_FOR-> Qadira Holdings'],
  [
    "Halden Capital now holds about 75 per cent of Corvane Labs' shares.",
    'Halden Capital -OWNS-> Corvane Labs',
  ],
  ['Halden Capital owns 51% of Corvane Labs.', 'Halden Capital -OWNS-> Corvane Labs'],
  ['Norvex Systems named finance chief Ana Ruiz as its next head.', 'Ana Ruiz -LEADS-> Norvex Systems'],
  [
    'Qadira Holdings has named Tom Lee as president and chief executive, replacing Mara Quist.',
    'Mara Quist -LEADS-> Qadira Holdings',
  ],
  [
    'The Corvane Herald is published by Halden Media, the newspaper arm of Marlow Group.',
    'Halden Media -OWNS-> Corvane Herald',
  ],
  [
    "Halden Capital's 2019 acquisition of Pexo Labs doubled its sales.",
    'Halden Capital -ACQUIRED-> Pexo Labs',
  ],
  [
    'The buyout of Corvane Labs by Halden Capital in 2000 made headlines.',
    'Halden Capital -ACQUIRED-> Corvane Labs',
  ],
  ['The sale of Brix Foods to Marlow Group closed on Friday.', 'Marlow Group -ACQUIRED-> Brix Foods'],
  ['Halden Capital holds a majority stake in Corvane Labs.', 'Halden Capital -OWNS-> Corvane Labs'],
  ['Marlow Group completed the Brix Foods purchase on 1 October.', 'Marlow Group -ACQUIRED-> Brix Foods'],
];

// [sentence, fact that must NOT be read]
const NOT_FOUND: [string, string][] = [
  // the role's holder is written in apposition, never after a verb: "it" is what is proposed
  [
    "Pexo Labs said Qadira Holdings should run it. Pexo Labs' owner has proposed it become a partner of Norvex Systems.",
    'Qadira Holdings -OWNS-> Pexo Labs',
  ],
  // a bare owner with no bid object: the bidder is not what the owner owns
  [
    'The bid from Norvex Systems was rejected by owner Qadira Holdings.',
    'Qadira Holdings -OWNS-> Norvex Systems',
  ],
  // a reduced passive is read backwards by the active-verb reading
  ['Corvane Labs, 40% owned by Halden Capital, said profit rose.', 'Corvane Labs -OWNS-> Halden Capital'],
  // "control over" is a noun, not ownership
  ['Halden Capital has control over Corvane Labs.', 'Halden Capital -OWNS-> Corvane Labs'],
  // shares are not the company
  ['Norvex Systems bought a 9% stake in Qadira Holdings.', 'Norvex Systems -ACQUIRED-> Qadira Holdings'],
  // a deputy is not the leader
  ['Norvex Systems vice president Tom Lee spoke.', 'Tom Lee -LEADS-> Norvex Systems'],
  // an agreed sale is not yet an acquisition
  ['Halden Capital agreed to sell Corvane Labs to Marlow Group.', 'Marlow Group -ACQUIRED-> Corvane Labs'],
  // a possessor before the participle's noun is not what is owned
  [
    "A joint venture to market Qadira Holdings' new plane, 49 percent owned by Halden Capital, was scrapped.",
    'Halden Capital -OWNS-> Qadira Holdings',
  ],
  // a name before a common noun only modifies it: the plane is owned, not the name
  [
    'Plans for the Norvex Systems cargo drone, 30 percent owned by Halden Capital, were dropped.',
    'Halden Capital -OWNS-> Norvex Systems',
  ],
  // a bid's object follows "for"/"of", not "with capital from"
  [
    'Norvex Systems sweetened its proposal in July with fresh capital from Halden Bank.',
    'Norvex Systems -BID_FOR-> Halden Bank',
  ],
  // the subject of "which owns" is the name before "which", not the sentence's first name
  [
    'Pexo Labs is run by Marlow Group, the retail arm of Halden Capital, which also owns Brix Foods.',
    'Pexo Labs -OWNS-> Brix Foods',
  ],
  // a bare title with two organisations named before it: no guess
  [
    'Norvex Systems agreed to buy Qadira Holdings, and chief executive Ana Ruiz will stay.',
    'Ana Ruiz -LEADS-> Norvex Systems',
  ],
  // the subject of ", and Zentrochem bought" is Zentrochem (unknown here), not the first clause's
  [
    'Dow Labs and Pexo Labs merged in 2017, and Zentrochem bought Corvane Labs for $43bn the same year.',
    'Pexo Labs -ACQUIRED-> Corvane Labs',
  ],
  // a name the reader does not know is missing, and the seller after "from" does not take its place
  ['Quorra Systems agreed to purchase Tindle from Harbek Group.', 'Quorra Systems -BID_FOR-> Harbek Group'],
  // "to purchase" is a verb here, not a deal noun with "from Harbek" as its bidder
  [
    'Quorra Systems agreed to purchase Tindle Labs from Harbek Group.',
    'Harbek Group -BID_FOR-> Quorra Systems',
  ],
  // "the takeover bid of X for Y": X is the bidder, not the target
  [
    'Qadira Holdings rejected the takeover bid of Halden Capital for its retail arm Pexo Labs.',
    'Qadira Holdings -BID_FOR-> Halden Capital',
  ],
  // a minority holding is no ownership; "held talks" is no holding
  ['Halden Capital holds 9 per cent of Corvane Labs.', 'Halden Capital -OWNS-> Corvane Labs'],
  ['Halden Capital held talks with Corvane Labs.', 'Halden Capital -OWNS-> Corvane Labs'],
  // a qualified title ("opposition leader") is no head of the organisation named before it
  ["Norvex Systems' plan was criticised by opposition leader Ana Ruiz.", 'Ana Ruiz -LEADS-> Norvex Systems'],
  // what is owned is the direct object: a report "on" a company is not the company
  ['Norvex Systems published a report on Qadira Holdings.', 'Norvex Systems -OWNS-> Qadira Holdings'],
  // a planned deal is no acquisition
  [
    "Halden Capital's planned acquisition of Pexo Labs is expected to close in 2026.",
    'Halden Capital -ACQUIRED-> Pexo Labs',
  ],
  // the possessor of "sale" may be the one who forced it, not the seller
  ["Tom Lee's pressured sale of Brix Foods angered investors.", 'Tom Lee -OWNS-> Brix Foods'],
  // "chief" qualifying another noun is not the title "chief"
  ['Norvex Systems chief economist Tom Lee said rates would fall.', 'Tom Lee -LEADS-> Norvex Systems'],
  // "its own team led by": the team is led, not what "its" stands for
  [
    'Pexo Labs will be run as a unit of Halden Capital, with its own team led by chief executive Ana Ruiz.',
    'Ana Ruiz -LEADS-> Halden Capital',
  ],
  // before a bid noun a name is the bidder, not what is bid for
  ['Qadira Holdings rejected a Norvex Systems bid.', 'Qadira Holdings -BID_FOR-> Norvex Systems'],
  // a completed acquisition is not read as a bid as well
  [
    'Norvex Systems completed its purchase of Qadira Holdings on Thursday.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
];

describe('deals, ownership and titles', () => {
  it.each(FOUND)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });
  it.each(NOT_FOUND)('%s =/=> %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).not.toContain(fact);
  });
});
