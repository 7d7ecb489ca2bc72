/**
 * Hostile input for the whole extractor (cleanText -> splitSentences -> extractDocument), as
 * `kg ingest` runs it: the generators and properties of test/support/extractorFuzz.ts (random
 * Unicode mixed with plausible news sentences) at 110 cases. `npm run soak` runs the same ones at
 * 10,000. Properties: never throws; every mention and every evidence span is the slice of
 * Article.text (the cleaned text) at its offsets; types stay in the allow-lists.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticleExtractor } from '../../../src/pipeline/createArticleExtractor.js';
import { checkExtraction, FUZZ_PROPERTIES } from '../../support/extractorFuzz.js';

const SEED = 20240808;
const extractor = createArticleExtractor([]);
let casesRun = 0;
let relationsSeen = 0;

describe('the extractor on hostile Unicode', () => {
  afterAll(() => {
    console.log(
      `extractor fuzz: ${casesRun} generated documents checked, ${relationsSeen} relations extracted (seed ${SEED})`,
    );
  });

  const [mixed, hugeTokens, megaLines] = FUZZ_PROPERTIES;
  const check = (name: string, property: (typeof FUZZ_PROPERTIES)[number]) =>
    it(name, () => {
      const before = relationsSeen;
      fc.assert(
        fc.property(property.documents, (document) => {
          casesRun++;
          relationsSeen += checkExtraction(extractor, document);
        }),
        { seed: SEED, numRuns: property.runs },
      );
      // The generator is only useful if the relation rules actually fire on it.
      if (property === mixed) expect(relationsSeen - before).toBeGreaterThan(50);
    });

  check('never throws, and all offsets slice Article.text exactly (news sentences + random Unicode)', mixed);
  check('survives 100 KB tokens without spaces', hugeTokens);
  check('survives 1 MB lines', megaLines);
});
