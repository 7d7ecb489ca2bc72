import { describe, expect, it } from 'vitest';
import { pairDocs } from '../../../src/eval/pairDocs.js';
import { makeDoc, makeGold } from './makeDoc.js';

describe('pairDocs', () => {
  it('pairs by file basename, whatever the directory; a gold document without input is scored empty', () => {
    const gold = [
      makeGold([], [], '001_a.txt'),
      makeGold([], [], '002_b.txt'),
      makeGold([], [], '003_c.txt'),
    ];
    const extracted = [
      makeDoc([['Norvex', 'Organization']], [], 'data/articles/001_a.txt'),
      makeDoc([], [], '002_b.txt'),
      makeDoc([], [], 'other/004_d.txt'),
      makeDoc([], [], 'other/003_c.md'),
    ];
    const pairing = pairDocs(extracted, gold);
    expect(pairing.pairs.map((pair) => [pair.extracted.doc, pair.gold.doc])).toEqual([
      ['data/articles/001_a.txt', '001_a.txt'],
      ['002_b.txt', '002_b.txt'],
      ['003_c.txt', '003_c.txt'],
    ]);
    expect(pairing.pairs[2].extracted).toMatchObject({ entities: [], relations: [] });
    expect(pairing.missing).toEqual(['003_c.txt']);
    expect(pairing.unpaired).toEqual(['other/004_d.txt', 'other/003_c.md']);
  });

  it('takes the first document of a basename and reports the others', () => {
    const pairing = pairDocs(
      [makeDoc([], [], 'a/x.txt'), makeDoc([], [], 'b/x.txt')],
      [makeGold([], [], 'x.txt')],
    );
    expect(pairing.pairs.map((pair) => pair.extracted.doc)).toEqual(['a/x.txt']);
    expect(pairing.unpaired).toEqual(['b/x.txt']);
  });
});
