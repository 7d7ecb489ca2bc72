import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/text/index.js';
import { createArticleExtractor } from '../../../src/pipeline/createArticleExtractor.js';
import { readGold } from '../../../src/eval/readGold.js';
import { pairDocs } from '../../../src/eval/pairDocs.js';
import { scoreDocument } from '../../../src/eval/scoreDocument.js';
import { aggregateScores } from '../../../src/eval/aggregateScores.js';
import { formatEvalReport } from '../../../src/eval/formatEvalReport.js';
import type { ExtractedDoc } from '../../../src/types.js';

const ROOT = join(import.meta.dirname, '../../..');

// Issue 3, "Must show": on the five sample articles, against test/fixtures/gold,
// entity F1 >= 0.90 and relation F1 >= 0.80. Same numbers as `kg eval --gold test/fixtures/gold data/articles`.
describe('the real extractor against the gold annotations', () => {
  const gold = readGold(join(ROOT, 'test/fixtures/gold'));
  let pairing: ReturnType<typeof pairDocs>;
  let report: ReturnType<typeof aggregateScores>;
  let table: string;

  beforeAll(async () => {
    const extractor = createArticleExtractor([]);
    const docs: ExtractedDoc[] = [];
    for await (const item of readInputs([join(ROOT, 'data/articles')], { root: ROOT })) {
      if (!item.ok) throw new Error(`${item.source}: ${item.reason}`);
      docs.push(extractor.extract(item.article).doc);
    }
    pairing = pairDocs(docs, gold.files);
    report = aggregateScores(pairing.pairs.map((pair) => scoreDocument(pair.extracted, pair.gold)));
    // Printed on failure: the same table as `kg eval`.
    table = formatEvalReport(report, false);
  });

  it('scores all five articles', () => {
    expect(gold.errors).toEqual([]);
    expect(pairing.unpairedGold).toEqual([]);
    expect(pairing.unpairedExtracted).toEqual([]);
    expect(pairing.pairs).toHaveLength(5);
  });

  it('finds the entities: F1 >= 0.90', () => {
    expect(report.entities.f1, table).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the relations: F1 >= 0.80', () => {
    expect(report.relations.f1, table).toBeGreaterThanOrEqual(0.8);
  });
});
