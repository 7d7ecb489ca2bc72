import { describe, expect, it } from 'vitest';
import { aggregateScores } from '../../../src/eval/aggregateScores.js';
import { scoreDocument } from '../../../src/eval/scoreDocument.js';
import { formatEvalReport } from '../../../src/eval/formatEvalReport.js';
import type { GoldDoc } from '../../../src/eval/goldDoc.js';
import { makeDoc } from './makeDoc.js';

const gold = (doc: string): GoldDoc => ({
  doc,
  entities: [
    { name: 'Norvex', type: 'Organization', aliases: [] },
    { name: 'Lumenta', type: 'Organization', aliases: [] },
  ],
  relations: [
    { source: 'Norvex', type: 'BID_FOR', target: 'Lumenta' },
    { source: 'Norvex', type: 'OWNS', target: 'Lumenta' },
  ],
});

describe('aggregateScores', () => {
  const first = scoreDocument(
    makeDoc(
      [
        ['Norvex', 'Organization'],
        ['Lumenta', 'Product'],
      ],
      [['Norvex', 'BID_FOR', 'Lumenta']],
      'a.txt',
    ),
    gold('a.txt'),
  );
  const second = scoreDocument(
    makeDoc(
      [
        ['Norvex', 'Organization'],
        ['Trevan', 'Organization'],
      ],
      [['Norvex', 'BID_FOR', 'Trevan']],
      'b.txt',
    ),
    gold('b.txt'),
  );
  const report = aggregateScores([first, second]);

  it('micro-averages relations over documents and types', () => {
    expect(report.relationsByType.BID_FOR).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(report.relationsByType.OWNS).toMatchObject({ tp: 0, fp: 0, fn: 2 });
    expect(report.relations).toMatchObject({ tp: 1, fp: 1, fn: 3, precision: 0.5, recall: 0.25 });
    expect(report.relations.f1).toBeCloseTo(1 / 3);
  });

  it('micro-averages entities and reports type accuracy separately', () => {
    expect(report.entities).toMatchObject({
      tp: 3,
      fp: 1,
      fn: 1,
      precision: 0.75,
      recall: 0.75,
      typeAccuracy: 2 / 3,
    });
  });

  it('formats a table, and the errors when verbose', () => {
    const brief = formatEvalReport(report, false);
    expect(brief).toMatch(/^BID_FOR\s+1\s+1\s+1\s+0\.50\s+0\.50\s+0\.50$/m);
    expect(brief).toMatch(/^ACQUIRED\s+0\s+0\s+0\s+-\s+-\s+-$/m);
    expect(brief).toMatch(/^entities\s+3\s+1\s+1\s+0\.75\s+0\.75\s+0\.75$/m);
    expect(brief).not.toContain('== a.txt');
    const verbose = formatEvalReport(report, true);
    expect(verbose).toContain('== b.txt');
    expect(verbose).toContain('BID_FOR(Norvex -> ?Trevan) [unknown entity]');
    expect(verbose).toContain('OWNS(Norvex -> Lumenta)');
    expect(verbose).toContain('Lumenta is Product, gold Lumenta is Organization');
  });
});
