import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [text, a fact it states]
const STATED: [string, string][] = [
  // a welcome backs a party through its offer
  [
    "Qadira Holdings welcomed Norvex Systems' improved bid on Monday.",
    'Qadira Holdings -SUPPORTS-> Norvex Systems',
  ],
  ['The Lumo Party threw its weight behind Tom Hale.', 'Lumo Party -SUPPORTS-> Tom Hale'],
  [
    "Halden Capital came out in favour of Norvex Systems' offer.",
    'Halden Capital -SUPPORTS-> Norvex Systems',
  ],
  // "has the support of", "enjoys the backing of": the "of" name gives it
  ['Norvex Systems has the support of Halden Capital.', 'Halden Capital -SUPPORTS-> Norvex Systems'],
  ['Tom Hale enjoys the backing of the Lumo Party.', 'Lumo Party -SUPPORTS-> Tom Hale'],
  // without an article the "of" name is the one backed
  ['Halden Capital reaffirmed its support of Norvex Systems.', 'Halden Capital -SUPPORTS-> Norvex Systems'],
  ['Halden Capital tweeted support of Norvex Systems.', 'Halden Capital -SUPPORTS-> Norvex Systems'],
  // a reported clause has a subject of its own, after the speech verb
  [
    'Ana Ruiz, who sold her stake in Lumo Labs last year, told reporters she would vote for Tom Hale.',
    'Ana Ruiz -SUPPORTS-> Tom Hale',
  ],
  // an object "him" with no person before it in its sentence is the person in focus
  [
    'Tom Hale wants a seat on the board of Norvex Group. Halden Advisory Services recommended that shareholders elect him.',
    'Halden Advisory Services -SUPPORTS-> Tom Hale',
  ],
  // a name modifying a descriptor is not the subject; the name it describes is
  ['The Marlow pension fund Pexo Capital voted for Tom Hale.', 'Pexo Capital -SUPPORTS-> Tom Hale'],
  // "management" after a preposition is the firm in focus
  [
    'Trion Partners is fighting Norvex Group. Halden Capital, which owns 8% of Norvex Group, voted with management.',
    'Halden Capital -SUPPORTS-> Norvex Group',
  ],
  // "they" after two names coordinated across an apposition, not the place inside it
  [
    'Tom Hale, elected mayor in Marlow last year, and Ana Ruiz, a senator from Tarsk, said they would campaign for Ian Vell.',
    'Ana Ruiz -SUPPORTS-> Ian Vell',
  ],
  // backing an offer backs its bidder
  ["Halden Capital backed Norvex Group's bid for Qadira Labs.", 'Halden Capital -SUPPORTS-> Norvex Group'],
  ["Halden Capital had backed Tom Hale's campaign from the start.", 'Halden Capital -SUPPORTS-> Tom Hale'],
];

// [text, a fact it does not state]
const NOT_STATED: [string, string][] = [
  // a welcome of a person, or of a decision, is no backing
  ['Qadira Holdings welcomed Ana Ruiz to the board.', 'Qadira Holdings -SUPPORTS-> Ana Ruiz'],
  // a court ruling in one's favour backs no one
  ['The Borland Tribunal ruled in favour of Norvex Systems.', 'Borland Tribunal -SUPPORTS-> Norvex Systems'],
  // the one who lost support does not give it
  ['Norvex Systems lost the support of Halden Capital.', 'Norvex Systems -SUPPORTS-> Halden Capital'],
  ['Norvex Systems lost the support of Halden Capital.', 'Halden Capital -SUPPORTS-> Norvex Systems'],
  // backing a plan or a deal backs no party
  [
    "Halden Capital had backed Norvex Group's plan to split off its coal unit.",
    'Halden Capital -SUPPORTS-> Norvex Group',
  ],
  [
    "Norvex Group's chairman, Tom Hale, had championed the Qadira Labs merger.",
    'Tom Hale -SUPPORTS-> Qadira Labs',
  ],
];

describe('supporters in reported clauses, descriptors and objects', () => {
  it.each(STATED)('%s', (text, fact) => {
    expect(facts(extractText(text)).map((f) => f.replace(/ \[hedged\]$/, ''))).toContain(fact);
  });
  it.each(NOT_STATED)('not: %s', (text, fact) => {
    expect(facts(extractText(text)).map((f) => f.replace(/ \[hedged\]$/, ''))).not.toContain(fact);
  });
});
