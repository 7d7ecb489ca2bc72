import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// bids read from rejections, objects of ownership in lists, adverbs before deal verbs,
// the seller after "acquisition of": [sentence, fact that must be read]
const FOUND: [string, string][] = [
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
];

const NOT_FOUND: [string, string][] = [
  // the owner answering for its unit is not what was bid for
  [
    "Norvex Systems' bid for Pexo Labs was rejected by its owner Qadira Holdings.",
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  // a rejected claim is no bid
  ["Qadira Holdings rejected Norvex Group's claim.", 'Norvex Group -BID_FOR-> Qadira Holdings'],
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
];

describe('deal recall: bids, ownership lists, sellers', () => {
  it.each(FOUND)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });
  it.each(NOT_FOUND)('%s =/=> %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).not.toContain(fact);
  });
});
