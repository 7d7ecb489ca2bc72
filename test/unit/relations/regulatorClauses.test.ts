import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [text, a fact it states]
const STATED: [string, string][] = [
  // a ruling or conclusion about the deal in a that-clause
  [
    'Norvex Group agreed to buy Qadira Labs. The Borland Competition Tribunal ruled that the merger could proceed.',
    'Borland Competition Tribunal -REGULATES-> Qadira Labs',
  ],
  [
    'Norvex Group agreed to buy Qadira Labs. Trade Minister Ana Ruiz ruled on Friday that the $2-billion takeover may go ahead.',
    'Ana Ruiz -REGULATES-> Norvex Group',
  ],
  [
    "The Borland Trade Commission concluded that Halden Capital's purchase of Lumo Stores would raise prices.",
    'Borland Trade Commission -REGULATES-> Lumo Stores',
  ],
  [
    'The Borland Markets Authority ordered that Lumo Stores suspend its share buyback.',
    'Borland Markets Authority -REGULATES-> Lumo Stores',
  ],
  // "the commission" far from its name: the one commission named so far
  [
    'Norvex Group agreed to buy Qadira Labs. The Borland Trade Commission will review it. Qadira Labs rose. Norvex Group fell. Investors sold. Analysts waited. The commission concluded that the merger would raise prices.',
    'Borland Trade Commission -REGULATES-> Qadira Labs',
  ],
  // a passive referral: the referrer acts on the deal named or meant by the subject
  [
    'Norvex Group agreed to buy Qadira Labs. The offer was referred to the Borland Trade Commission last spring by Trade Secretary Ana Ruiz.',
    'Ana Ruiz -REGULATES-> Norvex Group',
  ],
  [
    "Halden Capital's takeover of Lumo Stores was blocked by the Borland Trade Ministry.",
    'Borland Trade Ministry -REGULATES-> Lumo Stores',
  ],
  // an official's predecessor in the office is an official too
  [
    "Norvex Group agreed to buy Qadira Labs. The offer was referred to the Borland Trade Commission in May by Trade Secretary Tom Hale's predecessor, Ana Ruiz, before she left office.",
    'Ana Ruiz -REGULATES-> Norvex Group',
  ],
  // an "it" that names no entity, as a regulator's object, is the document's deal
  [
    'Norvex Group agreed to buy Qadira Labs. In March, President Tom Hale vetoed it.',
    'Tom Hale -REGULATES-> Norvex Group',
  ],
  // a government before "his" is no person typed wrong: "his" reaches the person in focus
  [
    'Tom Hale put Lumo Club up for sale. Weeks later the Borland Trade Ministry froze his bank accounts under its sanctions rules.',
    'Borland Trade Ministry -REGULATES-> Tom Hale',
  ],
  // ... but a deal noun a verb makes is the subject's
  ['Halden Capital launched a takeover of Lumo Stores.', 'Halden Capital -BID_FOR-> Lumo Stores'],
  // the agent is the name in apposition to a possessed noun
  [
    "Halden Capital's takeover of Lumo Stores was blocked by Tom Hale's deputy, Minister Ana Ruiz.",
    'Ana Ruiz -REGULATES-> Lumo Stores',
  ],
];

// [text, a fact it does not state]
const NOT_STATED: [string, string][] = [
  // a deal noun a verb acts on is not the clause subject's own bid
  ['Halden Capital blocked the takeover of Lumo Stores.', 'Halden Capital -BID_FOR-> Lumo Stores'],
  ['Pexo Capital backed the $2bn offer for Tessel Labs.', 'Pexo Capital -BID_FOR-> Tessel Labs'],
  // "ruled" and "concluded" regulate only through a that-clause
  [
    'Norvex Group agreed to buy Qadira Labs. The Borland Trade Commission concluded its first year with a loss.',
    'Borland Trade Commission -REGULATES-> Qadira Labs',
  ],
];

describe('regulators acting through clauses and referrals', () => {
  it.each(STATED)('%s', (text, fact) => {
    expect(facts(extractText(text)).map((f) => f.replace(/ \[hedged\]$/, ''))).toContain(fact);
  });
  it.each(NOT_STATED)('not: %s', (text, fact) => {
    expect(facts(extractText(text))).not.toContain(fact);
  });
});
