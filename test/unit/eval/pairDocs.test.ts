import { describe, expect, it } from 'vitest';
import { pairDocs } from '../../../src/eval/pairDocs.js';
import type { GoldFile } from '../../../src/eval/readGold.js';
import { makeDoc } from './makeDoc.js';

const goldFile = (file: string, doc: string): GoldFile => ({
  file,
  gold: { doc, entities: [], relations: [] },
});

describe('pairDocs', () => {
  it('pairs by basename, whatever the directory and extension', () => {
    const gold = [
      goldFile('gold/001_a.json', '001_a.txt'),
      goldFile('gold/renamed.json', '002_b.html'),
      goldFile('gold/003_c.json', '003_c.txt'),
    ];
    const extracted = [
      makeDoc([], [], 'data/articles/001_a.txt'),
      makeDoc([], [], '002_b.txt'),
      makeDoc([], [], 'other/004_d.md'),
    ];
    const pairing = pairDocs(extracted, gold);
    expect(pairing.pairs.map((pair) => [pair.extracted.doc, pair.gold.doc])).toEqual([
      ['data/articles/001_a.txt', '001_a.txt'],
      ['002_b.txt', '002_b.html'],
    ]);
    expect(pairing.unpairedExtracted).toEqual(['other/004_d.md']);
    expect(pairing.unpairedGold).toEqual(['gold/003_c.json']);
  });

  it('pairs one gold file with one document only', () => {
    const pairing = pairDocs(
      [makeDoc([], [], 'a/x.txt'), makeDoc([], [], 'b/x.txt')],
      [goldFile('x.json', 'x.txt')],
    );
    expect(pairing.pairs).toHaveLength(1);
    expect(pairing.unpairedExtracted).toEqual(['b/x.txt']);
  });
});
