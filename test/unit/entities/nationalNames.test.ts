import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extractText.js';

const counted = (text: string): string[] =>
  extractText(text)
    .entities.filter((e) => e.type !== 'Place' && e.type !== 'Product')
    .map((e) => e.name)
    .sort();

/** [text, the names of its Organization / Person / Government entities] */
const NAMES: [string, string[]][] = [
  // a country's sports team, also at the start of a sentence
  ['Team Norway had to rebuild its robot before the final.', ['Team Norway']],
  ['The judges praised Team Peru for its design.', ['Team Peru']],
  // "the" + a nationality word + a body's name that starts no person's name
  [
    'A relief plan backed by the Chilean Marvo Kelden in June for 300 families was praised.',
    ['Chilean Marvo Kelden'],
  ],
  // a capital after a locative preposition is the city, not its government
  ['The squad arrived in Beijing after a long trip.', []],
  ['Talks were held at Oslo on Monday, and Norvex Group signed.', ['Norvex Group']],
];

/** [text, a name that must be a Government entity] */
const GOVERNMENTS: [string, string][] = [
  // a capital that acts names its government
  ['Beijing said on Friday it would block the sale of Norvex Group.', 'Beijing'],
];

/** [text, one entity's name, the surfaces that must be mentions of that one entity] */
const VARIANTS: [string, string, string[]][] = [
  // a foreign acronym orders the initials its own way
  [
    'The head of the UVM (Mirovan Vendors Union), Ana Ruiz, spoke. The UVM said it would sue.',
    'Mirovan Vendors Union',
    ['Mirovan Vendors Union', 'UVM'],
  ],
  // the word before a particle inside a long foreign name is its short form
  [
    'The board backed the takeover of Halden by miner Companhia Ostra do Vale Seco on Monday. Ostra will pay cash, analysts said.',
    'Companhia Ostra do Vale Seco',
    ['Companhia Ostra do Vale Seco', 'Ostra'],
  ],
];

describe('national names', () => {
  it.each(NAMES)('%s', (text, names) => {
    expect(counted(text)).toEqual([...names].sort());
  });
});

describe('capitals as governments', () => {
  it.each(GOVERNMENTS)('%s', (text, name) => {
    const e = extractText(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('Government');
  });
});

describe('foreign acronyms', () => {
  it.each(VARIANTS)('%s', (text, name, surfaces) => {
    const entity = extractText(text).entities.find((e) => e.name === name);
    expect(entity).toBeDefined();
    const texts = entity!.mentions.map((m) => m.text);
    for (const s of surfaces) expect(texts).toContain(s);
  });
});
