import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lexicon/compileLexicon.js';
import { loadLexicon } from '../../../src/lexicon/lexicon.js';
import { hasTriggerPhrase } from '../../../src/lexicon/hasTriggerPhrase.js';

const lx = compileLexicon(loadLexicon({ extraFiles: [] }));
const words = (sentence: string) => sentence.toLowerCase().match(/[\w-]+|[^\w\s]/g) ?? [];

// [sentence, holds a whole trigger phrase]: only such sentences are worth compromise's parse
const CASES: [string, boolean][] = [
  ['Zentro Group took over Lumix Labs in May.', true], // "take over", past form
  ['Zentro Group took part in the talks.', false], // "took" starts "took over" only
  ['Qadira Holdings rejected the offer.', true],
  ['Norvex Systems is run by Ana Ruiz.', true], // "run" (LEADS verb)
  ['Ana Ruiz, the chief executive, spoke on Monday.', true], // "chief executive" (LEADS agent)
  ['Markets in Lisbon were calm on Monday.', false],
  ['The film stars Jane Doe as a detective.', false],
  ['', false],
];

describe('hasTriggerPhrase', () => {
  it.each(CASES)('%j -> %s', (sentence, expected) => {
    expect(hasTriggerPhrase(words(sentence), lx)).toBe(expected);
  });
});
