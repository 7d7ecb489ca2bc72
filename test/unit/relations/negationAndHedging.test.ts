import { describe, expect, it } from 'vitest';
import { extractText, facts } from '../extract/extractText.js';

// [sentence, a fact the text denies or only hedges: kept out of ExtractedDoc.relations]
const UNASSERTED: [string, string][] = [
  [
    'Qadira Holdings did not reject the offer from Norvex Systems.',
    'Qadira Holdings -REJECTED-> Norvex Systems [negated]',
  ],
  ['Felder Bank has never owned Qadira Holdings.', 'Felder Bank -OWNS-> Qadira Holdings [negated]'],
  // a denial reaches into the clause it governs
  [
    'Norvex Systems denied reports that it is in talks to buy Qadira Holdings.',
    'Norvex Systems -BID_FOR-> Qadira Holdings [negated]',
  ],
  [
    'Halden Capital ruled out a bid for Pexo Labs, saying the price was too high.',
    'Halden Capital -BID_FOR-> Pexo Labs [negated]',
  ],
  // modality: possible, expected, considered, rumoured
  [
    'Felder Bank could buy Qadira Holdings, people familiar with the matter said.',
    'Felder Bank -BID_FOR-> Qadira Holdings [hedged]',
  ],
  [
    'Norvex Systems is expected to partner with Qadira Holdings.',
    'Norvex Systems -PARTNERED_WITH-> Qadira Holdings [hedged]',
  ],
  [
    'Halden Capital said it was considering an offer for Pexo Labs.',
    'Halden Capital -BID_FOR-> Pexo Labs [hedged]',
  ],
  ['Ana Ruiz may endorse Tom Hale next week.', 'Ana Ruiz -SUPPORTS-> Tom Hale [hedged]'],
  [
    'It is unclear whether Lumo Group will partner with Qadira Holdings.',
    'Lumo Group -PARTNERED_WITH-> Qadira Holdings [hedged]',
  ],
];

// [sentence, a fact it asserts]
const ASSERTED: [string, string][] = [
  ['Felder Bank rejected the offer from Norvex Systems.', 'Felder Bank -REJECTED-> Norvex Systems'],
  // attribution is not doubt: a reported fact counts
  [
    'Norvex Systems is reportedly in talks to acquire Qadira Holdings.',
    'Norvex Systems -BID_FOR-> Qadira Holdings',
  ],
  [
    'Halden Capital bid for Pexo Labs, according to people familiar with the matter.',
    'Halden Capital -BID_FOR-> Pexo Labs',
  ],
  // "would" after a speech verb is a stated intention
  ['Ana Ruiz said she would endorse Tom Hale.', 'Ana Ruiz -SUPPORTS-> Tom Hale'],
  // the month, not the modal
  ['Norvex Systems acquired Qadira Holdings in May.', 'Norvex Systems -ACQUIRED-> Qadira Holdings'],
  // a hedge in a clause joined by "after" does not reach the next one
  [
    'Lumo Group is expected to partner with Tessel Corp after Pexo Labs rejected an offer from Halden Capital.',
    'Pexo Labs -REJECTED-> Halden Capital',
  ],
  // a regulator's power is stated even when its use is only possible
  [
    'The Borland Competition Authority could block the takeover of Pexo Labs.',
    'Borland Competition Authority -REGULATES-> Pexo Labs',
  ],
];

// [sentence, an ACQUIRED fact that is only planned: never asserted]
const PLANNED: [string, string][] = [
  ['Norvex Systems plans to buy Qadira Holdings.', 'Norvex Systems -ACQUIRED-> Qadira Holdings'],
  ['Norvex Systems would acquire Qadira Holdings.', 'Norvex Systems -ACQUIRED-> Qadira Holdings'],
  ['Norvex Systems could have bought Qadira Holdings.', 'Norvex Systems -ACQUIRED-> Qadira Holdings'],
];

describe('polarity: negation, denial, modality', () => {
  it.each(UNASSERTED)('%s => unasserted %s', (sentence, fact) => {
    const doc = extractText(sentence);
    expect(facts(doc, 'unasserted')).toContain(fact);
    const bare = fact.replace(/ \[\w+\]$/, '');
    expect(facts(doc)).not.toContain(bare);
  });

  it.each(ASSERTED)('%s => asserted %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).toContain(fact);
  });

  it.each(PLANNED)('%s => never %s', (sentence, fact) => {
    expect(facts(extractText(sentence))).not.toContain(fact);
  });

  it('every asserted relation is neither negated nor hedged', () => {
    const doc = extractText(
      'Qadira Holdings did not reject the offer. Norvex Systems could buy Lumo Group. Felder Bank acquired Pexo Labs.',
    );
    for (const r of doc.relations) expect([r.negated, r.hedged]).toEqual([false, false]);
    for (const r of doc.unasserted ?? []) expect(r.negated || r.hedged).toBe(true);
  });
});
