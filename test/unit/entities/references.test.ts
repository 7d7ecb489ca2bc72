import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extractText.js';
import { recognize, resolvedRefs } from './resolvedRefs.js';

// [text, references that must be resolved so ("surface -> entity"; "[word]" an implied one before word)]
const RESOLVED: [string, string[]][] = [
  // possessive pronouns
  ['The ruling was a blow to Pexo Labs and its chief executive, Lars Dunn.', ['its -> Pexo Labs']],
  [
    'Norvex Group, which owns Brix Foods, will fold Lumo Retail and Tarvo Stores into its own business.',
    ['its -> Norvex Group'],
  ],
  ['Halden Capital agreed to sell Corvane Ltd, its Danish unit, to Marlow Group.', ['its -> Halden Capital']],
  [
    'Marlow Group and Brix Foods took control of Pexo Labs after 80% of its shareholders accepted.',
    ['its -> Pexo Labs'],
  ],
  // subject and object "it"
  ['Tessel Mining rejected the offer. It said the price was too low.', ['It -> Tessel Mining']],
  ['Norvex Group bought Pexo Labs last year and merged it with Lumo Retail.', ['it -> Pexo Labs']],
  ['Norvex Group, which bought Pexo Labs last year, said that it would appeal.', ['it -> Norvex Group']],
  // people
  ['Ana Ruiz joined Norvex Group in 2010. She founded Pexo Labs two years later.', ['She -> Ana Ruiz']],
  [
    'Tom Hale, a director of Norvex Group, met Ana Ruiz on Monday. Ms Ruiz said the talks had failed, and Mr Hale said he would resign. She declined to comment.',
    ['he -> Tom Hale', 'She -> Ana Ruiz'],
  ],
  ['Tom Hale said on Monday that he would back Ana Ruiz.', ['he -> Tom Hale']],
  // plural
  [
    'Norvex Group and Qadira Holdings said they would merge their units.',
    ['they -> Norvex Group', 'they -> Qadira Holdings', 'their -> Norvex Group', 'their -> Qadira Holdings'],
  ],
  // a statement's issuer speaks its quote
  ['Norvex Group released the following statement: "We will not sell Pexo Labs."', ['We -> Norvex Group']],
  // a titled speaker speaks for the organisation as "we"
  ['"We will not sell," said Ana Ruiz, chief executive of Tessel Mining.', ['We -> Tessel Mining']],
  ['"We are pleased," Norvex Group chief executive Lars Dunn said.', ['We -> Norvex Group']],
  ['"We back the deal," said Tom Hale.', ['We -> Tom Hale']],
  // descriptors
  [
    'Lumo Mining, the Danish miner, rejected an offer from Norvex Group.',
    ['the Danish miner -> Lumo Mining'],
  ],
  [
    'Tarvo Bank rejected a bid from Norvex Group. The Tarsk-based lender said the offer was too low.',
    ['The Tarsk-based lender -> Tarvo Bank'],
  ],
  // an object is not its clause's subject, nor the subject's possessor
  [
    "Norvex Pharma made an offer in March. Pexo Labs's board rejected four proposals from the Oslo-based drugmaker.",
    ['the Oslo-based drugmaker -> Norvex Pharma'],
  ],
  // a subject pronoun with no subject in its clause is the sentence's subject
  [
    'Halden Capital said in March that it was weighing an offer for Pexo Labs, only to announce days later that it did not intend to bid.',
    ['it -> Halden Capital'],
  ],
  // after a verb of saying, "the company" is the speaker's
  [
    'Tessel Mining rejected the offer. Norvex Group chief executive Lars Dunn said the company would not raise it.',
    ['the company -> Norvex Group'],
  ],
  // a gerund clause's pronoun is about the sentence's subject
  [
    'Senator Tom Hale endorsed Ana Ruiz on Monday, five days after suspending his own campaign.',
    ['his -> Tom Hale'],
  ],
  // a bare title holds the organisation in focus
  [
    'Norvex Group offered $5 a share for Tessel Mining. Tessel Mining rejected the offer. "Too low," said chief executive Mara Quist.',
    ['[chief] -> Tessel Mining'],
  ],
  // the title she is known by elsewhere in the story wins over the focus
  [
    'Pexo Labs chief executive Mara Quist met bankers. Tessel Mining rejected the offer. "Too low," said chief executive Mara Quist.',
    ['[chief] -> Pexo Labs'],
  ],
  [
    'Tessel Mining reported higher sales. Chief executive Mara Quist, who has run Tessel Mining since 2015, will stay.',
    ['[Chief] -> Tessel Mining'],
  ],
  // the board acts for the organisation in focus
  // a descriptor we cannot read is still the company's: its head noun is a company's
  [
    'Pexo Labs rejected the offer. The Danish photo swapping platform said its founders would stay.',
    ['its -> Pexo Labs'],
  ],
  [
    'Tessel Mining reported record sales. Tessel Mining received an offer from Norvex Group. The board rejected it.',
    ['The board -> Tessel Mining'],
  ],
  [
    'Tessel Mining backed an offer from Norvex Group, then switched its support to Marlow Group when the latter raised its bid.',
    ['the latter -> Marlow Group', 'its -> Marlow Group'],
  ],
];

// [text, surfaces that must stay unresolved]
const UNRESOLVED: [string, string[]][] = [
  ['It is unclear whether Norvex Group will bid for Pexo Labs.', ['It']],
  // the shareholders, not the company
  ["Norvex Group's shareholders said they would reject the plan.", ['they']],
  // an object is never its own clause's subject
  ['Norvex Group bid for Pexo Labs. Tessel Mining rejected it.', ['it']],
  // "he" is no woman
  // an unnamed subject is what a pronoun after it means, and holds the focus
  [
    'Halden Capital backed the offer. The Danish competition authority said it would review the deal. Its head declined to comment.',
    ['it', 'Its'],
  ],
  // a word in capitals is no pronoun
  ['Norvex Group said reports on Chinese TV (via US media) were wrong.', ['US']],
  // "them" is left alone: "gave them the chance to buy" makes no bidders
  [
    'Norvex Group and Halden Capital said the contract gave them the first chance to buy Pexo Labs.',
    ['them'],
  ],
  // bidder and target equally in view: whose board is not said
  ['Norvex Group offered $5 a share for Tessel Mining. The board rejected the offer.', ['The board']],
  ['Ana Ruiz met Norvex Group in Oslo. Ms Ruiz said the talks had failed. He declined to comment.', ['He']],
];

// [text]: no organisation is implied at the title
const NO_IMPLIED: string[] = [
  'Tessel Mining rejected an offer from Cleveland Steel, whose chief executive Ana Ruiz called it fair.',
  'Tessel Mining gained. "We are pleased," said Ana Ruiz, CEO, Norvex Group, on Monday.',
  'Tessel Mining gained. President Tom Hale said the deal was good for the country.',
  'Tessel Mining gained after Norvex Group, led by chief executive Ana Ruiz, withdrew.',
];

// [text, references that must not be made]
const NOT_SO: [string, string[]][] = [
  // a capitalised word we may not know is what "its" means: no reaching back to earlier sentences
  [
    'Norvex Group bid for Pexo Labs. In May Brix ASA agreed to sell Lumo, its US arm.',
    ['its -> Norvex Group', 'its -> Pexo Labs'],
  ],
  [
    'Halden Capital said in March that it was weighing an offer for Pexo Labs, only to announce days later that it did not intend to bid.',
    ['it -> Pexo Labs'],
  ],
  [
    "Norvex Pharma made an offer in March. Pexo Labs's board rejected four proposals from the Oslo-based drugmaker.",
    ['the Oslo-based drugmaker -> Pexo Labs'],
  ],
];

describe('references: pronouns, descriptors, bare titles', () => {
  it.each(NOT_SO)('%s', (text, wrong) => {
    const got = resolvedRefs(text);
    for (const w of wrong) expect(got).not.toContain(w);
  });

  it.each(RESOLVED)('%s', (text, expected) => {
    const got = resolvedRefs(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each(UNRESOLVED)('%s', (text, surfaces) => {
    const got = resolvedRefs(text);
    for (const s of surfaces) expect(got.filter((g) => g.startsWith(`${s} ->`))).toEqual([]);
  });

  it.each(NO_IMPLIED)('%s', (text) => {
    expect(resolvedRefs(text).filter((g) => g.startsWith('['))).toEqual([]);
  });

  it('a narrowed descriptor said of an entity becomes one of its aliases', () => {
    const doc = recognize('Lumo Mining, the Danish miner, rejected an offer from Norvex Group.');
    const lumo = [...doc.entities.values()].find((e) => e.name === 'Lumo Mining');
    expect([...lumo!.aliases]).toContain('the Danish miner');
  });

  it('an implied reference is written nowhere: no mention of it in the output', () => {
    const text =
      'Norvex Group offered $5 a share for Tessel Mining. Tessel Mining rejected the offer. "Too low," said chief executive Mara Quist.';
    expect(resolvedRefs(text)).toContain('[chief] -> Tessel Mining');
    for (const e of extractText(text).entities) {
      for (const m of e.mentions) expect(m.text).not.toBe('');
    }
  });

  it('a bare "the company" is no alias', () => {
    const doc = recognize('Norvex Group bid for Lumo Mining. The company said it would appeal.');
    for (const e of doc.entities.values()) expect([...e.aliases]).not.toContain('The company');
  });
});
