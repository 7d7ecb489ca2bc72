import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, a fact it states]: one row per trigger family of data/triggers/{rejected,supports,regulates,partnered_with}.txt
const STATED: [string, string][] = [
  [
    'Qadira Holdings spurned a takeover approach from Norvex Systems.',
    'Qadira Holdings -REJECTED-> Norvex Systems',
  ],
  ["Pexo Labs dismissed Halden Capital's proposal as opportunistic.", 'Pexo Labs -REJECTED-> Halden Capital'],
  ["Lumo Group said it would not accept Tessel Systems' offer.", 'Lumo Group -REJECTED-> Tessel Systems'],
  ['Lumo Group turned away a bid from Tessel Systems.', 'Lumo Group -REJECTED-> Tessel Systems'],
  ['Ana Ruiz endorsed Tom Hale on Monday.', 'Ana Ruiz -SUPPORTS-> Tom Hale'],
  [
    "Qadira Group's board recommended the offer from Norvex Systems.",
    'Qadira Group -SUPPORTS-> Norvex Systems',
  ],
  [
    "Qadira Holdings advised shareholders to accept Norvex Systems' offer.",
    'Qadira Holdings -SUPPORTS-> Norvex Systems',
  ],
  ['Ana Ruiz said she would vote for Tom Hale.', 'Ana Ruiz -SUPPORTS-> Tom Hale'],
  ['Halden Capital threw its support behind Tom Hale.', 'Halden Capital -SUPPORTS-> Tom Hale'],
  [
    "Norvex Systems closed the purchase with Halden Capital's $2bn backing.",
    'Halden Capital -SUPPORTS-> Norvex Systems',
  ],
  [
    "The Borland Competition Authority blocked Halden Capital's takeover of Pexo Labs.",
    'Borland Competition Authority -REGULATES-> Pexo Labs',
  ],
  [
    "The Borland Competition Authority blocked Halden Capital's takeover of Pexo Labs.",
    'Borland Competition Authority -REGULATES-> Halden Capital',
  ],
  [
    'The Borland Competition Authority cleared the takeover of Lumo Group by Tessel Systems.',
    'Borland Competition Authority -REGULATES-> Tessel Systems',
  ],
  // "by Germany's Tessel": the name after the possessive is the agent
  [
    "The Borland Competition Authority approved the takeover of Lumo Group by Germany's Tessel Systems.",
    'Borland Competition Authority -REGULATES-> Tessel Systems',
  ],
  [
    'The Borland Competition Authority accused Qadira Holdings of abusing its position.',
    'Borland Competition Authority -REGULATES-> Qadira Holdings',
  ],
  [
    'The Borland Competition Authority fined Pexo Labs $5 million.',
    'Borland Competition Authority -REGULATES-> Pexo Labs',
  ],
  [
    'Pexo Labs negotiated with the Borland Competition Authority over its licence.',
    'Borland Competition Authority -REGULATES-> Pexo Labs',
  ],
  [
    'Norvex Systems and Qadira Holdings merged last year.',
    'Norvex Systems -PARTNERED_WITH-> Qadira Holdings',
  ],
  ['Lumo Group signed a supply deal with Tessel Systems.', 'Lumo Group -PARTNERED_WITH-> Tessel Systems'],
  ['Halden Capital formed a joint venture with Pexo Labs.', 'Halden Capital -PARTNERED_WITH-> Pexo Labs'],
  // a regulator named on its noun regulates the clause subject, not a speaker
  [
    "Norvex Systems won the Borland Competition Authority's approval on Tuesday.",
    'Borland Competition Authority -REGULATES-> Norvex Systems',
  ],
  // members of a consortium partner its leader
  [
    'The consortium, which also included Qadira Holdings and Lumo Group, bid again.',
    'Qadira Holdings -PARTNERED_WITH-> Lumo Group',
  ],
  ['The Fortex group includes Halden Capital and Pexo Labs.', 'Fortex -PARTNERED_WITH-> Pexo Labs'],
  [
    'Halden Capital fronts a consortium that also includes Pexo Labs.',
    'Halden Capital -PARTNERED_WITH-> Pexo Labs',
  ],
  [
    "Norvex Systems will become Qadira Group's cloud provider.",
    'Norvex Systems -PARTNERED_WITH-> Qadira Group',
  ],
];

// [sentence, relation type it must not state]: the word is no trigger here, or its slot is empty
const NOT_STATED: [string, string][] = [
  ['Ana Ruiz went back to Pexo Labs after a year at Halden Capital.', 'SUPPORTS'],
  ['Halden Capital looked back on its years with Pexo Labs.', 'SUPPORTS'],
  ['Lumo Group signed two of the league champions from Tessel Systems.', 'SUPPORTS'],
  ['Halden Capital backed away from Pexo Labs.', 'SUPPORTS'],
  ['Pexo Labs rejected the claim by Halden Capital.', 'REJECTED'],
  ['Norvex Systems snubbed Paris.', 'REJECTED'],
  // an empty object slot does not take the next name: "Tindle" is unknown, Harbek is the seller
  ['Quorra Systems agreed to purchase Tindle from Harbek Group.', 'BID_FOR'],
  // a stake is no acquisition of the company
  ['Norvex Systems bought a 20% stake in Lumo Group.', 'ACQUIRED'],
  ["Ana Ruiz said the Borland Competition Authority's investigation would continue.", 'REGULATES'],
  // "group" alone names no partnership
  ['Lumo Group rejoined the Halden group on Thursday.', 'PARTNERED_WITH'],
  // the names a relative clause includes are no subject of the main verb
  ['The Norvex group, which also included Qadira Holdings and Lumo Group, bid again.', 'BID_FOR'],
  // contacting an authority does not make it a regulator
  ['Pexo Labs contacted the Borland Competition Authority about its plans.', 'REGULATES'],
  // a company suing is no regulator
  ['Halden Capital sued Pexo Labs over the patent.', 'REGULATES'],
];

describe('REJECTED, SUPPORTS, REGULATES, PARTNERED_WITH vocabulary', () => {
  it.each(STATED)('%s => %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });

  it.each(NOT_STATED)('%s => no %s', (sentence, type) => {
    expect(facts(extractText(sentence)).filter((f) => f.includes(`-${type}->`))).toEqual([]);
  });
});
