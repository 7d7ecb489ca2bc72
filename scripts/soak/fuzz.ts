import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { checkExtraction, FUZZ_PROPERTIES } from '../../test/support/extractorFuzz.js';
import type { ScenarioResult } from './scenario.js';

/** `cases` split over the properties in the unit test's proportions (100 : 8 : 2), summing to `cases`. */
export function casesPerProperty(cases: number): number[] {
  const total = FUZZ_PROPERTIES.reduce((sum, p) => sum + p.runs, 0);
  const shares = FUZZ_PROPERTIES.map((p) => Math.floor((cases * p.runs) / total));
  shares[0] += cases - shares.reduce((sum, n) => sum + n, 0);
  return shares;
}

/**
 * The unit test's generators and properties (test/support/extractorFuzz.ts) at `cases` runs
 * through the whole extractor (cleanText -> splitSentences -> extract). A failure prints
 * fast-check's report: the shrunk counterexample, and the seed and path that replay it.
 */
export function fuzzScenario(cases: number, seed: number, log: (line: string) => void): ScenarioResult {
  const started = performance.now();
  const extractor = createArticleExtractor([]);
  const counts = casesPerProperty(cases);
  let relations = 0;
  let run = 0;
  const failures: string[] = [];
  FUZZ_PROPERTIES.forEach((property, i) => {
    log(`fuzz: ${counts[i]} cases of ${property.name}...`);
    const details = fc.check(
      fc.property(property.documents, (document) => {
        run++;
        relations += checkExtraction(extractor, document);
      }),
      { seed, numRuns: counts[i] },
    );
    if (details.failed) {
      failures.push(property.name);
      log(fc.defaultReportMessage(details) ?? `${property.name} failed`);
    }
  });
  // the generators are only useful if the relation rules fire on them (the test: > 50 in 110 cases)
  const fired = relations > cases / 2;
  const seconds = Math.round((performance.now() - started) / 1000);
  const split = FUZZ_PROPERTIES.map((p, i) => `${counts[i]} ${p.name}`).join(', ');
  return {
    name: 'fuzz',
    ok: failures.length === 0 && fired,
    figures:
      `${run} cases (${split}), seed ${seed}, ${relations} relations extracted, ${seconds} s` +
      (failures.length > 0 ? `; FAILED: ${failures.join(', ')}` : '') +
      (fired ? '' : '; too few relations: the generators no longer reach the rules'),
  };
}
