import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/text/index.js';
import { createArticleExtractor } from '../../../src/pipeline/createArticleExtractor.js';
import { readGold } from '../../../src/eval/readGold.js';
import { scoreGoldSet, type GoldSetScore } from '../../../src/eval/scoreGoldSet.js';
import { formatEvalReport } from '../../../src/eval/formatEvalReport.js';
import type { EvalReport } from '../../../src/eval/aggregateScores.js';
import type { Prf } from '../../../src/eval/prf.js';
import type { ExtractedDoc } from '../../../src/types.js';

// Issue 16: the extractor's scores on the development sets (../shared/dev-eval, ../shared/gum-dev) and the
// sample articles must not fall below the floors of test/fixtures/dev-set-floors.json, so that a regression
// fails CI. The same numbers as `kg eval --gold <gold> <articles>` and as score.py.
// CI has a read-only copy of shared/ beside the clone: without it this test fails, it does not skip.
const ROOT = join(import.meta.dirname, '../../..');
const FLOORS_FILE = 'test/fixtures/dev-set-floors.json';

type Metric = 'precision' | 'recall' | 'f1';
interface GoldSet {
  gold: string;
  articles: string;
  /** "entities", "relations", "entitiesByType.<type>" or "relationsByType.<type>" -> metric -> floor */
  floors: Record<string, Partial<Record<Metric, number>>>;
}
const sets = (JSON.parse(readFileSync(join(ROOT, FLOORS_FILE), 'utf8')) as { sets: Record<string, GoldSet> })
  .sets;

function scoreOf(report: EvalReport, path: string): Prf {
  const [group, type] = path.split('.');
  const score =
    type === undefined
      ? (report as unknown as Record<string, Prf>)[group]
      : (report as unknown as Record<string, Record<string, Prf>>)[group]?.[type];
  if (score === undefined) throw new Error(`${FLOORS_FILE}: no score "${path}" in a kg eval report`);
  return score;
}

async function extract(dir: string): Promise<ExtractedDoc[]> {
  const extractor = createArticleExtractor([]);
  const docs: ExtractedDoc[] = [];
  for await (const item of readInputs([dir])) {
    if (!item.ok) throw new Error(`${item.source}: ${item.reason}`);
    docs.push(extractor.extract(item.article).doc);
  }
  return docs;
}

describe.each(Object.entries(sets))('floors on %s', (name, set) => {
  const gold = resolve(ROOT, set.gold);
  const articles = resolve(ROOT, set.articles);
  let score: GoldSetScore;
  let table: string;

  beforeAll(async () => {
    for (const path of [gold, articles]) {
      if (!existsSync(path)) {
        throw new Error(
          `${name}: ${path} not found. The development sets live in ../shared beside the repository ` +
            '(a read-only copy of shared/ in CI); this test needs them and fails without them.',
        );
      }
    }
    const read = readGold(gold);
    if (read.errors.length > 0) throw new Error(read.errors.join('\n'));
    score = scoreGoldSet(await extract(articles), read.docs);
    // Printed on failure: the same tables as `kg eval`.
    table = `${name}:\n${formatEvalReport(score.report, false)}`;
  }, 300_000);

  it('scores every annotated article', () => {
    expect(score.report.missing, table).toEqual([]);
    expect(score.report.docs.length, table).toBeGreaterThan(0);
  });

  const rows = Object.entries(set.floors).flatMap(([path, metrics]) =>
    Object.entries(metrics).map(([metric, floor]) => [path, metric as Metric, floor] as const),
  );
  it.each(rows)('%s %s >= %d', (path, metric, floor) => {
    expect(scoreOf(score.report, path)[metric], table).toBeGreaterThanOrEqual(floor);
  });
});
