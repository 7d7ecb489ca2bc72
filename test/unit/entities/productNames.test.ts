import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extractText.js';

/** [text, a name that must be a Product, not an Organization] */
const PRODUCTS: [string, string][] = [
  // a product descriptor after the name, also after a bracketed acronym
  ['Users of the Lumo app complained on Monday, Norvex Group said.', 'Lumo'],
  [
    "With work on Norvex Group's Lumo Viewer 3 (LV3) browser almost complete, Norvex Group said users should move.",
    'Lumo Viewer 3',
  ],
];

describe('product names', () => {
  it.each(PRODUCTS)('%s', (text, name) => {
    const e = extractText(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('Product');
  });
});
