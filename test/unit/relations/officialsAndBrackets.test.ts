import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, a fact it states]
const STATED: [string, string][] = [
  // a commissioner is an official of the state
  ['Commissioner Ana Ruiz fined Norvex Group.', 'Ana Ruiz -REGULATES-> Norvex Group'],
  // a portfolio before the title is no subject of its own
  [
    "Trade and Industry Secretary Ana Ruiz has vetoed Norvex Group's takeover of Qadira Labs.",
    'Ana Ruiz -REGULATES-> Qadira Labs',
  ],
  // an abbreviation in brackets after a subject stays in its clause
  ['The Lumo Party (LP) endorsed Tom Hale.', 'Lumo Party -SUPPORTS-> Tom Hale'],
  [
    'The Lumo Party and the Pexo Front (PF) on Monday formally backed Tom Hale.',
    'Pexo Front -SUPPORTS-> Tom Hale',
  ],
  // "its" after "with X" / "from X" means the clause subject named before
  [
    "Lumo Stores agreed a merger with Norvex Group, and its board recommended Norvex Group's terms.",
    'Lumo Stores -SUPPORTS-> Norvex Group',
  ],
  [
    'Lumo Stores received an offer from Norvex Group, and its board rejected it.',
    'Lumo Stores -REJECTED-> Norvex Group',
  ],
  // ... but not after "for X": the bid's target answers it
  [
    'Norvex Group made an offer for Lumo Stores, and its board rejected it.',
    'Lumo Stores -REJECTED-> Norvex Group',
  ],
  // a definite deal noun with no name after "for" is the document's deal
  [
    'Norvex Group agreed to buy Qadira Labs. The Trade Commission cleared the transaction for most of 2024.',
    'Trade Commission -REGULATES-> Qadira Labs',
  ],
  // a regulator's act opening its clause is on the document's deal
  [
    "Norvex Group agreed to buy Qadira Labs. In Borland, the Justice Department's review ended without a challenge.",
    'Justice Department -REGULATES-> Norvex Group',
  ],
  [
    "Norvex Group agreed to buy Qadira Labs. The Trade Commission's approval is required before the deal closes.",
    'Trade Commission -REGULATES-> Qadira Labs',
  ],
  // a deal anaphor opening the clause is what the regulator's noun acts on
  [
    "Norvex Group agreed to buy Qadira Labs. The deal needed the Trade Commission's blessing.",
    'Trade Commission -REGULATES-> Qadira Labs',
  ],
  // "support" as a verb; an infinitive after a participle apposition has the name before it as subject
  ['The Lumo Party decided to support Tom Hale.', 'Lumo Party -SUPPORTS-> Tom Hale'],
  [
    'Her move followed the decision by the Lumo Party (LP), chaired by Ana Ruiz, to support Tom Hale.',
    'Lumo Party -SUPPORTS-> Tom Hale',
  ],
];

// [sentence, a fact it does not state]
const NOT_STATED: [string, string][] = [
  // "back" before a preposition is an adverb
  ['"We are glad to have Qadira Labs back in the group," Ana Ruiz said.', 'Ana Ruiz -SUPPORTS-> Qadira Labs'],
  // a regulator's act inside a reported clause is not read as on the deal
  [
    "Norvex Group agreed to buy Qadira Labs. Ana Ruiz said the Trade Commission's investigation would continue.",
    'Trade Commission -REGULATES-> Qadira Labs',
  ],
  [
    'Her move followed the decision by the Lumo Party (LP), chaired by Ana Ruiz, to support Tom Hale.',
    'Ana Ruiz -SUPPORTS-> Tom Hale',
  ],
  // "support" backs a name only when the name heads its object
  ["Halden Capital's cloud expertise can support Norvex's growth.", 'Halden Capital -SUPPORTS-> Norvex'],
  ['Qadira Labs said its watches will support Lumo users.', 'Qadira Labs -SUPPORTS-> Lumo'],
  // a bracketed clause is still a clause of its own
  ['Norvex Group (which Tom Hale once ran) endorsed Lumo.', 'Tom Hale -SUPPORTS-> Lumo'],
];

describe('officials, bracketed names and possessive pronouns', () => {
  it.each(STATED)('%s', (text, fact) => {
    expect(facts(extractText(text))).toContain(fact);
  });
  it.each(NOT_STATED)('not: %s', (text, fact) => {
    expect(facts(extractText(text))).not.toContain(fact);
  });
});
