import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, a fact it states]: subjects and objects across relative clauses, appositions, coordination
const REACH: [string, string][] = [
  // a relative clause whose object is its antecedent
  [
    'Tessel Systems, which Norvex Systems acquired in 2019, makes chips.',
    'Norvex Systems -ACQUIRED-> Tessel Systems',
  ],
  // a subject relative clause: its subject is its antecedent
  ['Lintel Group hired Ana Ruiz, who founded Pexo Labs.', 'Ana Ruiz -LEADS-> Pexo Labs'],
  ['Norvex Systems bought Lumo Group, which owns Pexo Labs.', 'Lumo Group -OWNS-> Pexo Labs'],
  // an apposition after a title that opens its clause
  ['Another backer of Tom Hale, Halden Capital, said it was pleased.', 'Halden Capital -SUPPORTS-> Tom Hale'],
  // passive inside a relative clause, with an adverb between auxiliary and participle
  [
    'Lintel Group, which was later backed by Marlow Group, hired Ana Ruiz.',
    'Marlow Group -SUPPORTS-> Lintel Group',
  ],
  // ", and" opens a new clause with its own subject
  [
    'Pexo Labs endorsed Ana Ruiz last week, and Halden Capital voted for Lumo Group.',
    'Halden Capital -SUPPORTS-> Lumo Group',
  ],
  // the dateline is no subject
  [
    'KORVAL, June 3 2021 - The Borland Competition Authority has cleared the purchase of Pexo Labs.',
    'Borland Competition Authority -REGULATES-> Pexo Labs',
  ],
  // a modifier coordinated with a by-agent: "led by X and including Y"
  [
    'Pexo Labs is selling to a consortium headed by Halden Capital and with Lumo Group as a junior member.',
    'Halden Capital -PARTNERED_WITH-> Lumo Group',
  ],
  // scare quotes stay in the clause
  [
    'Norvex Systems is pursuing a “partnership” with Qadira Holdings.',
    'Norvex Systems -PARTNERED_WITH-> Qadira Holdings',
  ],
  // capitalised modifiers between a possessor and its noun
  [
    "Lumo Group's Chinese parent company Halden Capital bid for Pexo Labs.",
    'Halden Capital -OWNS-> Lumo Group',
  ],
];

// [sentence, a fact it must not state]
const NOT_REACHED: [string, string][] = [
  // the object of a participle is no subject
  ['A fund managing Lumo Group pensions backed Tessel Systems.', 'Lumo Group -SUPPORTS-> Tessel Systems'],
  [
    'A fund managing Lumo Group and Pexo Labs pensions backed Tessel Systems.',
    'Pexo Labs -SUPPORTS-> Tessel Systems',
  ],
  // the subject of an infinitive inside a relative clause is not the antecedent
  ['Ana Ruiz, who wants Halden Capital to own Pexo Labs, spoke on Monday.', 'Ana Ruiz -OWNS-> Pexo Labs'],
  ['Norvex Systems bought Lumo Group, which owns Pexo Labs.', 'Norvex Systems -OWNS-> Pexo Labs'],
  // an object in the next clause is no object
  [
    'Norvex Systems and Qadira Holdings merged last year, and Halden Capital bought Pexo Labs soon after.',
    'Qadira Holdings -PARTNERED_WITH-> Pexo Labs',
  ],
];

describe('clause reader: reach across clauses', () => {
  it.each(REACH)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });
  it.each(NOT_REACHED)('%s => not %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).not.toContain(fact);
  });
});
