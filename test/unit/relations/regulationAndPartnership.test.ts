import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, facts that must all be extracted]
const CASES: [string, string[]][] = [
  [
    "The Competition Authority blocked Felder Bank's purchase of the Lumo app.",
    ['Competition Authority -REGULATES-> Felder Bank'],
  ],
  [
    'Norvex Systems will need approval for the deal from the Trade Ministry and Brussels.',
    ['Trade Ministry -REGULATES-> Norvex Systems', 'European Commission -REGULATES-> Norvex Systems'],
  ],
  [
    'The Trade Ministry and the Competition Authority must approve the sale of the Lumo app.',
    ['Trade Ministry -REGULATES-> Lumo', 'Competition Authority -REGULATES-> Lumo'],
  ],
  ['Beijing has ordered Qadira Holdings to halt the exports.', ['Beijing -REGULATES-> Qadira Holdings']],
  [
    'Norvex Systems submitted its plan to the Competition Authority.',
    ['Competition Authority -REGULATES-> Norvex Systems'],
  ],
  ['Felder Bank agreed a tie-up with Qadira Holdings.', ['Felder Bank -PARTNERED_WITH-> Qadira Holdings']],
  [
    'Qadira Holdings will partner with Norvex Systems on payments.',
    ['Qadira Holdings -PARTNERED_WITH-> Norvex Systems'],
  ],
  [
    'Norvex Systems and Qadira Holdings formed a partnership to build data centres.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  [
    'Felder Bank was in talks with a consortium led by Norvex Systems and including Qadira Holdings, which was keen to acquire Lumo Labs.',
    [
      'Norvex Systems -PARTNERED_WITH-> Qadira Holdings',
      'Qadira Holdings -BID_FOR-> Lumo Labs',
      'Norvex Systems -BID_FOR-> Lumo Labs',
    ],
  ],
  // an "under pressure from" phrase in apposition or opening the sentence: the government presses its holder
  [
    'Norvex Systems, under pressure from the Borland Trade Ministry, dropped the plan.',
    ['Borland Trade Ministry -REGULATES-> Norvex Systems'],
  ],
  [
    'Under pressure from the Borland Trade Ministry, Qadira Holdings sold the unit.',
    ['Borland Trade Ministry -REGULATES-> Qadira Holdings'],
  ],
  [
    'The Borland Competition Authority raided the offices of Norvex Systems.',
    ['Borland Competition Authority -REGULATES-> Norvex Systems'],
  ],
  [
    'Lumo Labs settled with the Borland Competition Authority over the pricing case.',
    ['Borland Competition Authority -REGULATES-> Lumo Labs'],
  ],
  // a central bank is a regulator; an official and a body in apposition, coordinated as one subject;
  // the possessor's bid is for the document's target
  [
    "Halden Capital bid for Lumo Bank in May. The Borland trade minister, Tom Lee, and the central bank, Banque de Norvex, approved Halden Capital's offer on Friday.",
    [
      'Tom Lee -REGULATES-> Lumo Bank',
      'Banque de Norvex -REGULATES-> Lumo Bank',
      'Banque de Norvex -REGULATES-> Halden Capital',
    ],
  ],
  ['The Qadira Central Bank fined Lumo Bank on Monday.', ['Qadira Central Bank -REGULATES-> Lumo Bank']],
  [
    "The Borland Competition Authority waved through Norvex Systems' takeover of Qadira Holdings.",
    [
      'Borland Competition Authority -REGULATES-> Norvex Systems',
      'Borland Competition Authority -REGULATES-> Qadira Holdings',
    ],
  ],
  [
    'The Borland Competition Authority signed off on the merger of Norvex Systems and Qadira Holdings.',
    ['Borland Competition Authority -REGULATES-> Qadira Holdings'],
  ],
  [
    "The Borland Competition Authority is looking into Norvex Systems' pricing.",
    ['Borland Competition Authority -REGULATES-> Norvex Systems'],
  ],
  [
    'Norvex Systems won clearance from the Borland Competition Authority.',
    ['Borland Competition Authority -REGULATES-> Norvex Systems'],
  ],
  [
    "The Borland Trade Ministry revoked Qadira Holdings' licence.",
    ['Borland Trade Ministry -REGULATES-> Qadira Holdings'],
  ],
  // the government asked "for permission" or "for approval"
  [
    'Norvex Systems asked the Borland Central Bank for permission to raise its stake.',
    ['Borland Central Bank -REGULATES-> Norvex Systems'],
  ],
  // a consortium formed by coordinated founders; working together; a memorandum of understanding
  [
    'Norvex Systems and Qadira Holdings formed a consortium to bid for the licence.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  [
    'Norvex Systems and Qadira Holdings are working together on the project.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  [
    'Norvex Systems and Qadira Holdings signed a memorandum of understanding on Monday.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  // "X's partner Y", "Y, X's long-time partner,"
  [
    "Norvex Systems' partner Qadira Holdings said it would invest more.",
    ['Qadira Holdings -PARTNERED_WITH-> Norvex Systems'],
  ],
  [
    "Qadira Holdings, Norvex Systems' long-time partner, said it would invest more.",
    ['Qadira Holdings -PARTNERED_WITH-> Norvex Systems'],
  ],
  [
    'Norvex Systems will cooperate with Qadira Holdings on chips.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  // "the two companies": the two organisations just named
  [
    'Norvex Systems buys chips from Qadira Holdings, and the two companies will co-operate on a new design.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
  [
    'Norvex Systems bought a plant from Qadira Holdings in May. The two companies will cooperate on research.',
    ['Norvex Systems -PARTNERED_WITH-> Qadira Holdings'],
  ],
];

// [sentence, a fact it does not state]
const NOT_STATED: [string, string][] = [
  // a person called a partner works at the firm; cooperating with a state is no partnership
  [
    'Ana Ruiz, a partner at Halden Capital, said the deal was fair.',
    'Ana Ruiz -PARTNERED_WITH-> Halden Capital',
  ],
  [
    'Norvex Systems said it would cooperate with the Borland Competition Authority.',
    'Norvex Systems -PARTNERED_WITH-> Borland Competition Authority',
  ],
  // a person cooperating is no partner
  ['Ana Ruiz said she had cooperated with Tom Lee on the audit.', 'Ana Ruiz -PARTNERED_WITH-> Tom Lee'],
  // asking a company for permission is no regulation
  [
    'Norvex Systems asked Qadira Holdings for permission to use the brand.',
    'Qadira Holdings -REGULATES-> Norvex Systems',
  ],
  // pressure on a government is no regulation of the one pressing
  [
    'The Borland Trade Ministry came under pressure from Qadira Holdings.',
    'Borland Trade Ministry -REGULATES-> Qadira Holdings',
  ],
  // "Halden's bid": after a possessive, "bid" is a noun, so the clause subject makes no bid
  [
    "The trade minister, Tom Lee, had cleared Halden Capital's bid for Lumo Bank.",
    'Tom Lee -BID_FOR-> Lumo Bank',
  ],
];

describe('regulation, partnership and coordination', () => {
  it.each(NOT_STATED)('not: %s', (sentence, fact) => {
    expect(facts(extractText(sentence)).map((f) => f.replace(/ \[hedged\]$/, ''))).not.toContain(fact);
  });

  it.each(CASES)('%s', (sentence, expected) => {
    const got = facts(extractText(sentence)).map((f) => f.replace(/ \[hedged\]$/, ''));
    for (const fact of expected) expect(got).toContain(fact);
  });

  it('a company cannot regulate', () => {
    expect(
      facts(extractText('Felder Bank blocked the Lumo app.')).filter((f) => f.includes('REGULATES')),
    ).toEqual([]);
  });
});
