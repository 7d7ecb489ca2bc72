import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [text, a fact it states]
const STATED: [string, string][] = [
  // a participle after a descriptor in apposition hangs on the name before the descriptor
  ['Halden Bank, the Borland lender chaired by Mara Quist, fell.', 'Mara Quist -LEADS-> Halden Bank'],
  // a zero relative with a pronoun or an auxiliary, two verbs sharing the gap
  [
    'Tom Lee joined Norvex Group. Norvex Group bought Tessel Labs, the Marlow-based company Ana Ruiz had founded and run.',
    'Ana Ruiz -LEADS-> Tessel Labs',
  ],
];

// [text, a fact it does not state]
const NOT_STATED: [string, string][] = [
  ['Halden Bank, the Borland lender chaired by Mara Quist, fell.', 'Mara Quist -LEADS-> Borland'],
];

describe('leaders in appositions and relative clauses', () => {
  it.each(STATED)('%s', (text, fact) => {
    expect(facts(extractText(text)).map((f) => f.replace(/ \[hedged\]$/, ''))).toContain(fact);
  });
  it.each(NOT_STATED)('not: %s', (text, fact) => {
    expect(facts(extractText(text))).not.toContain(fact);
  });
});
