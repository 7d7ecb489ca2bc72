import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extractText.js';

/** [text, a person's full name that must be one Person entity] */
const PEOPLE: [string, string][] = [
  // a given name that compromise knows only as a verb, inside a sentence
  ['The attack was led by Tom Hale and Rushes Kelvaro early on.', 'Rushes Kelvaro'],
  ['The goal came after Wanders Halvorsen crossed from the left.', 'Wanders Halvorsen'],
  // a middle initial between two name words, even after a company's descriptor
  ['The Velk group, chaired by Rotan N. Velk, bought Pexo Motors.', 'Rotan N. Velk'],
];

/** [text, a word that must not be an entity of its own] */
const NOT_ALONE: [string, string][] = [
  [
    'The attack was led by Rushes Kelvaro. Rushes Kelvaro scored later. A kick by Kelvaro went wide.',
    'Kelvaro',
  ],
];

/** [text, a span that must not be a Person entity] */
const NOT_PEOPLE: [string, string][] = [
  // a number or "the" before a name with no cue: no person's name
  ['The party won 120 of the 300 Varo Kelden seats on Tuesday.', 'Varo Kelden'],
  ['Talks ended weeks before the Varo Kelden Convention opened.', 'Varo Kelden Convention'],
];

/** [text, a plural name after "the" that must be an Organization] */
const GROUPS: [string, string][] = [['Fans of the Marlow Kestrels marched on Sunday.', 'Marlow Kestrels']];

describe('plural names after "the"', () => {
  it.each(GROUPS)('%s', (text, name) => {
    const e = extractText(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('Organization');
  });
});

describe('names that are no people', () => {
  it.each(NOT_PEOPLE)('%s', (text, name) => {
    const e = extractText(text).entities.find((x) => x.name === name);
    expect(e?.type).not.toBe('Person');
  });
});

describe('given names that look like verbs', () => {
  it.each(PEOPLE)('%s', (text, name) => {
    const e = extractText(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe('Person');
  });
  it.each(NOT_ALONE)('%s', (text, word) => {
    expect(extractText(text).entities.map((e) => e.name)).not.toContain(word);
  });
});
