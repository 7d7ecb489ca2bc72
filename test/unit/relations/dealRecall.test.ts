import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// bids read from rejections, objects of ownership in lists, adverbs before deal verbs,
// the seller after "acquisition of": [sentence, fact that must be read]
const FOUND: [string, string][] = [
  // a bidder noun with no "for" object bids for the target of the document's deal
  [
    'Norvex Systems agreed to buy Pexo Labs in May. Rival bidders included Halden Capital and Lumo Group.',
    'Lumo Group -BID_FOR-> Pexo Labs',
  ],
  [
    'Norvex Systems agreed to buy Pexo Labs. Halden Capital, a rival suitor, walked away.',
    'Halden Capital -BID_FOR-> Pexo Labs',
  ],
  // an offer "from X" that names no target is for the target of the document's deal
  [
    'Qadira put Pexo Labs up for sale in March. Norvex Systems made an offer for Pexo Labs in May. A late offer from Halden Group was turned away.',
    'Halden Group -BID_FOR-> Pexo Labs',
  ],
  [
    "Norvex Systems launched a hostile $17bn bid in May, which Qadira Holdings' board turned down.",
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    "Qadira Holdings' board rejected a $15-a-share approach from a consortium headed by Halden Capital.",
    'Halden Capital -BID_FOR-> Qadira Holdings',
  ],
  ['Halden Capital already owns Corvane Labs.', 'Halden Capital -OWNS-> Corvane Labs'],
  ['Norvex Systems still controls Pexo Labs.', 'Norvex Systems -OWNS-> Pexo Labs'],
  [
    'Halden Group also owns The Corvane Herald, the Pexo Times and the Brix Daily News.',
    'Halden Group -OWNS-> Pexo Times',
  ],
  [
    'Halden Group also owns The Corvane Herald, the Pexo Times and the Brix Daily News.',
    'Halden Group -OWNS-> Brix Daily News',
  ],
  [
    'Marlow Motors completes acquisition of Brix Rover from Halden Motors',
    'Marlow Motors -ACQUIRED-> Brix Rover',
  ],
  // the role's modifiers may be a nationality or the head of a description ("the newspaper")
  ['Marlow News, the newspaper arm of Halden Group, said so.', 'Halden Group -OWNS-> Marlow News'],
  ['Marlow News, the British arm of Halden Group, said so.', 'Halden Group -OWNS-> Marlow News'],
  // a possessor inside the "of" object only modifies the owner
  ["Marlow News, the newspaper arm of Ana Ruiz's Halden Group, said so.", 'Halden Group -OWNS-> Marlow News'],
  // an apposition is not hedged by the clause's modal
  [
    "He said a deal could merge Pexo Labs with Corvane Bank, Halden Capital's German unit, which is based in Tarsk.",
    'Halden Capital -OWNS-> Corvane Bank',
  ],
  ["Ana Ruiz, Norvex Systems' chief executive, could resign next year.", 'Ana Ruiz -LEADS-> Norvex Systems'],
  // a privatisation: the state hands the company over
  [
    'The government handed over Brix Airlines to Varga Holdings on Thursday.',
    'Varga Holdings -ACQUIRED-> Brix Airlines',
  ],
  // "in May" is a month, not a modal
  [
    'Norvex Systems closed the purchase of Qadira Holdings in May.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  // coordinated bidders before an infinitive
  [
    'Norvex Systems and Halden Capital agreed to buy Qadira Holdings.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  ["Halden Capital's Corvane Labs unit reported a loss.", 'Halden Capital -OWNS-> Corvane Labs'],
  // a completed deal noun before the infinitive of buying
  [
    'Norvex Systems completed the $3bn deal to buy Qadira Holdings on Friday.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  // the deal referred back to, in a sentence with no name
  [
    'Norvex Systems agreed to buy Qadira Holdings in March. The takeover was completed in June.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  ["Qadira Holdings rejected Norvex Systems' $5bn bid.", 'Qadira Holdings -REJECTED-> Norvex Systems'],
  // a majority stake bought or held is ownership
  [
    'Norvex Systems bought a 60 per cent stake in Qadira Holdings in 2019.',
    'Norvex Systems -OWNS-> Qadira Holdings',
  ],
  ['Norvex Systems holds a 75% stake in Qadira Holdings.', 'Norvex Systems -OWNS-> Qadira Holdings'],
];

const NOT_FOUND: [string, string][] = [
  // the owner answering for its unit is not what was bid for
  [
    "Norvex Systems' bid for Pexo Labs was rejected by its owner Qadira Holdings.",
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  // a rejected claim is no bid
  ["Qadira Holdings rejected Norvex Group's claim.", 'Norvex Group -BID_FOR-> Qadira Holdings'],
  // a plural possessive with a bare apostrophe
  ["Qadira Holdings rejected Norvex Systems' claim.", 'Norvex Systems -BID_FOR-> Qadira Holdings'],
  // the "from" name after the "of" object sold it
  [
    'Marlow Motors completes acquisition of Brix Rover from Halden Motors',
    'Halden Motors -ACQUIRED-> Brix Rover',
  ],
  // the buyer after "to" is not what was sold
  [
    'Norvex Systems sold its store chain last year to a group led by Halden Capital and the Ruiz family.',
    'Halden Capital -ACQUIRED-> Ruiz family',
  ],
  // an apposition is no list
  ['Corvane Labs, Halden Group and Pexo Labs signed.', 'Corvane Labs -OWNS-> Pexo Labs'],
  ["Marlow News, the newspaper arm of Ana Ruiz's Halden Group, said so.", 'Ana Ruiz -OWNS-> Marlow News'],
  // a copula with a modal stays hedged
  ["Ana Ruiz could become Norvex Systems' chief executive.", 'Ana Ruiz -LEADS-> Norvex Systems'],
  // a sale or ownership stated for later is no ownership yet
  ['Norvex Systems has said it will sell Pexo Labs.', 'Norvex Systems -OWNS-> Pexo Labs'],
  ['Norvex Systems would own 60 per cent of the merged group.', 'Norvex Systems -OWNS-> Pexo Labs'],
  ['Norvex Systems may close the purchase of Qadira Holdings.', 'Norvex Systems -ACQUIRED-> Qadira Holdings'],
  // the speaker's company is not coordinated with the bidder
  [
    "Halden Capital's chief Ana Ruiz said Norvex Systems agreed to buy Qadira Holdings.",
    'Halden Capital -BID_FOR-> Qadira Holdings',
  ],
  ['Norvex Systems signed a deal to buy Qadira Holdings.', 'Norvex Systems -ACQUIRED-> Qadira Holdings'],
  [
    'Norvex Systems bid for Qadira Holdings in March. The takeover is expected to close in June.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  [
    'Norvex Systems bid for Qadira Holdings in March. The takeover was blocked in June.',
    'Norvex Systems -ACQUIRED-> Qadira Holdings',
  ],
  // a minority stake, or one still to be bought, is no ownership
  [
    'Norvex Systems bought a 20 per cent stake in Qadira Holdings in 2019.',
    'Norvex Systems -OWNS-> Qadira Holdings',
  ],
  [
    'Norvex Systems will buy a 60 per cent stake in Qadira Holdings.',
    'Norvex Systems -OWNS-> Qadira Holdings',
  ],
];

describe('deal recall: bids, ownership lists, sellers', () => {
  it.each(FOUND)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });
  it.each(NOT_FOUND)('%s =/=> %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).not.toContain(fact);
  });
});
