import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [text, a fact it states]
const STATED: [string, string][] = [
  // a governing body's chair or head leads the organisation whose body it is
  ["Qadira Holdings' board, chaired by Tom Lee, rejected the bid.", 'Tom Lee -LEADS-> Qadira Holdings'],
  [
    'Qadira Holdings said its board, chaired by Tom Lee, had rejected the bid.',
    'Tom Lee -LEADS-> Qadira Holdings',
  ],
  // the head of a part named after "whose" leads the whole
  [
    'The Borland Trade Office, whose export division is run by Ana Ruiz, objected.',
    'Ana Ruiz -LEADS-> Borland Trade Office',
  ],
  // a role taken, kept or given up "as" a title: a former role counts
  ['Ana Ruiz stepped down as chairman of Lumo Labs last year.', 'Ana Ruiz -LEADS-> Lumo Labs'],
  [
    'Ana Ruiz, who took over as chief executive of Lumo Labs in 2019, said the bid was too low.',
    'Ana Ruiz -LEADS-> Lumo Labs',
  ],
  ['Qadira Holdings said Tom Lee would stay on as its chairman.', 'Tom Lee -LEADS-> Qadira Holdings'],
  // "X, whose chief executive Y": X is an organisation even when its name starts like a place
  [
    'Qadira Holdings turned down a bid from Halden-Vorn, whose chief executive Ana Ruiz called the decision a mistake.',
    'Ana Ruiz -LEADS-> Halden-Vorn',
  ],
  // a leading initial makes a person's name
  ['Lumo Party chief K. Ravi Marlow said the vote was fair.', 'K. Ravi Marlow -LEADS-> Lumo Party'],
  // "the alliance" is the entity named "... Alliance"
  [
    'The Lumo Alliance and the Tarsk Party met in Marlow on Monday. At the meeting the alliance named Tom Hale as its leader.',
    'Tom Hale -LEADS-> Lumo Alliance',
  ],
  // ", where X is chief executive": the organisation before "where"
  [
    'Qadira Holdings, where Ana Ruiz is chief executive, rejected the bid.',
    'Ana Ruiz -LEADS-> Qadira Holdings',
  ],
  // joined "as" a title: the organisation joined
  ['Ana Ruiz joined Qadira Holdings as chief executive in 2015.', 'Ana Ruiz -LEADS-> Qadira Holdings'],
  [
    'Ana Ruiz, who joined Qadira Holdings as its chief executive in 2015, said the bid was fair.',
    'Ana Ruiz -LEADS-> Qadira Holdings',
  ],
  // an "ex-" title, a passive participle spelt like the base form, "took the helm at"
  [
    'Ana Ruiz, ex-chief executive of Qadira Holdings, said the bid was fair.',
    'Ana Ruiz -LEADS-> Qadira Holdings',
  ],
  ['Qadira Holdings is run by Ana Ruiz.', 'Ana Ruiz -LEADS-> Qadira Holdings'],
  ['Ana Ruiz took the helm at Qadira Holdings in 2015.', 'Ana Ruiz -LEADS-> Qadira Holdings'],
  // a participle after a descriptor in apposition hangs on the name before the descriptor
  ['Halden Bank, the Borland lender led by Mara Quist, fell.', 'Mara Quist -LEADS-> Halden Bank'],
  // a zero relative with a pronoun or an auxiliary, two verbs sharing the gap
  [
    'Norvex Group bought Tessel Labs, the Marlow-based chain Ana Ruiz had founded and led.',
    'Ana Ruiz -LEADS-> Tessel Labs',
  ],
  // an appointment: the one named leads the organisation the role belongs to
  ['Qadira Holdings named Ana Ruiz as its chief executive.', 'Ana Ruiz -LEADS-> Qadira Holdings'],
  ['The Borland Party elected Tom Lee as its leader.', 'Tom Lee -LEADS-> Borland Party'],
  ['Ian Vell was appointed chairman of Lumo Labs.', 'Ian Vell -LEADS-> Lumo Labs'],
  [
    "Lumo Labs' board met on Monday and named Ana Ruiz, its finance director, as interim chief executive.",
    'Ana Ruiz -LEADS-> Lumo Labs',
  ],
  // ... past an apposition and "has since" (an adverb, not a conjunction); the one replaced led it
  [
    'Qadira Holdings has since appointed Sam Oduya, a longtime board member, as president and chief executive, replacing Ana Ruiz.',
    'Sam Oduya -LEADS-> Qadira Holdings',
  ],
  [
    'Qadira Holdings has since appointed Sam Oduya, a longtime board member, as president and chief executive, replacing Ana Ruiz.',
    'Ana Ruiz -LEADS-> Qadira Holdings',
  ],
  // a bare title at the start of a sentence holds at the organisation in focus
  [
    'Norvex Mining rejected the offer. Chief executive Tom Lee said the company would stay independent.',
    'Tom Lee -LEADS-> Norvex Mining',
  ],
  // a co-founder after "with"; "started" with the company right after it
  [
    'Pexo co-founder Mara Quist, who started the company with Ian Vell in a garage, will join Halden.',
    'Ian Vell -LEADS-> Pexo',
  ],
  // "the paper" is the newspaper in focus
  [
    'The Marlow Post backed Tom Hale on Monday. Ana Ruiz has edited the paper since 2019.',
    'Ana Ruiz -LEADS-> Marlow Post',
  ],
  // a descriptor noun written after a name ("the Borland Steelworkers union") is one it is known by
  [
    'Norvex Steel sued Qadira Mining and the Borland Steelworkers union over the deal. The union, headed by general president Tom Lee, criticised the plan.',
    'Tom Lee -LEADS-> Borland Steelworkers',
  ],
];

// [text, a fact it asserts (not hedged by the clause's mood)]
const ASSERTED: [string, string][] = [
  // the one replaced held the role whatever the successor's mood
  [
    'Norvex Group said former chief executive Tom Lee would come back to lead the group, replacing Ana Ruiz.',
    'Ana Ruiz -LEADS-> Norvex Group',
  ],
];

// [text, a fact it does not state]
const NOT_STATED: [string, string][] = [
  ['Halden Bank, the Borland lender led by Mara Quist, fell.', 'Mara Quist -LEADS-> Borland'],
  // a possessor after "by" only modifies the agent
  [
    "Lumo Action, a group founded by Tom Hales' 2019 campaign, endorsed Ana Ruiz.",
    'Tom Hales -LEADS-> Lumo Action',
  ],
  // "started" something else than the organisation
  ['Tom Hale started talks with Qadira Group on Monday.', 'Tom Hale -LEADS-> Qadira Group'],
  // "as" after other verbs names no post
  ['Ana Ruiz was hired as an adviser to Qadira Holdings.', 'Ana Ruiz -LEADS-> Qadira Holdings'],
  ['Ana Ruiz joined Qadira Holdings as an adviser in 2015.', 'Ana Ruiz -LEADS-> Qadira Holdings'],
  // without a role title an appointment states nothing
  ['Qadira Holdings named Ana Ruiz in the lawsuit.', 'Ana Ruiz -LEADS-> Qadira Holdings'],
];

describe('leaders in appositions and relative clauses', () => {
  it.each(STATED)('%s', (text, fact) => {
    expect(facts(extractText(text)).map((f) => f.replace(/ \[hedged\]$/, ''))).toContain(fact);
  });
  it.each(ASSERTED)('asserted: %s', (text, fact) => {
    expect(facts(extractText(text))).toContain(fact);
  });
  it.each(NOT_STATED)('not: %s', (text, fact) => {
    expect(facts(extractText(text)).map((f) => f.replace(/ \[hedged\]$/, ''))).not.toContain(fact);
  });
});
