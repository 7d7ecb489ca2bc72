import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extractText.js';

/** [text, a person's full name that must be one Person entity] */
const PEOPLE: [string, string][] = [
  // a given name that compromise knows only as a verb, inside a sentence
  ['The attack was led by Tom Hale and Rushes Kelvaro early on.', 'Rushes Kelvaro'],
  ['The goal came after Wanders Halvorsen crossed from the left.', 'Wanders Halvorsen'],
];

/** [text, a word that must not be an entity of its own] */
const NOT_ALONE: [string, string][] = [
  [
    'The attack was led by Rushes Kelvaro. Rushes Kelvaro scored later. A kick by Kelvaro went wide.',
    'Kelvaro',
  ],
];

describe('given names that look like verbs', () => {
  it.each(PEOPLE)('%s', (text, name) => {
    const e = extractText(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('Person');
  });
  it.each(NOT_ALONE)('%s', (text, word) => {
    expect(extractText(text).entities.map((e) => e.name)).not.toContain(word);
  });
});
