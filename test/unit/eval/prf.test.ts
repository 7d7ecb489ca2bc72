import { describe, expect, it } from 'vitest';
import { prf, type Counts } from '../../../src/eval/prf.js';

// [counts, precision, recall, f1]
const cases: [Counts, number, number, number][] = [
  [{ tp: 8, fp: 2, fn: 2 }, 0.8, 0.8, 0.8],
  [{ tp: 3, fp: 1, fn: 0 }, 0.75, 1, 6 / 7],
  [{ tp: 0, fp: 0, fn: 4 }, 0, 0, 0],
  [{ tp: 0, fp: 3, fn: 0 }, 0, 1, 0],
  [{ tp: 0, fp: 0, fn: 0 }, 1, 1, 1],
];

describe('prf', () => {
  it.each(cases)('%j', (counts, precision, recall, f1) => {
    const score = prf(counts);
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
    expect(score.f1).toBeCloseTo(f1);
  });
});
