import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../../src/eval/readGold.js';
import { readExtracted } from '../../../src/eval/readExtracted.js';
import { scoreGoldSet } from '../../../src/eval/scoreGoldSet.js';
import type { Prf } from '../../../src/eval/prf.js';
import { RELATION_TYPES } from '../../../src/types.js';

// An invented gold set and predictions, and what ../shared/dev-eval/score.py --json printed for them
// (test/fixtures/eval/README.md). kg eval must give the same numbers, to the last digit.
const DIR = join(import.meta.dirname, '../../fixtures/eval');

interface ScorePyPrf {
  p: number;
  r: number;
  f1: number;
}
interface ScorePyOutput {
  entities: ScorePyPrf & { duplicates: number };
  relations: ScorePyPrf;
  by_type: Record<string, ScorePyPrf & { tp: number; pred: number; gold: number }>;
  graph: ScorePyPrf;
  missing_docs: string[];
}

const asScorePy = (score: Prf): ScorePyPrf => ({ p: score.precision, r: score.recall, f1: score.f1 });

describe('kg eval and score.py agree', () => {
  const expected = JSON.parse(readFileSync(join(DIR, 'score-py.json'), 'utf8')) as ScorePyOutput;
  const gold = readGold(join(DIR, 'gold.json'));
  const { report, unpaired } = scoreGoldSet(readExtracted(join(DIR, 'predictions.jsonl')), gold.docs);

  it('reads the gold list', () => {
    expect(gold.errors).toEqual([]);
    expect(gold.docs).toHaveLength(3);
  });

  it('on entities', () => {
    expect({ ...asScorePy(report.entities), duplicates: report.entities.duplicates }).toEqual(
      expected.entities,
    );
  });

  it('on relations, all types together', () => {
    expect(asScorePy(report.relations)).toEqual(expected.relations);
  });

  it.each(RELATION_TYPES)('on %s', (type) => {
    const score = report.relationsByType[type];
    const python = expected.by_type[type];
    if (python === undefined) expect(score).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    else {
      expect({
        ...asScorePy(score),
        tp: score.tp,
        pred: score.tp + score.fp,
        gold: score.tp + score.fn,
      }).toEqual(python);
    }
  });

  it('on the graph of unique triples', () => {
    expect(asScorePy(report.graph)).toEqual(expected.graph);
  });

  it('on the documents it misses, and ignores a prediction without gold', () => {
    expect(report.missing).toEqual(expected.missing_docs);
    expect(unpaired).toEqual(['99_extra.txt']);
  });
});
