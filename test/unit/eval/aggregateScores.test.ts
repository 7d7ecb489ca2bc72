import { describe, expect, it } from 'vitest';
import { aggregateScores } from '../../../src/eval/aggregateScores.js';
import { scoreDocument } from '../../../src/eval/scoreDocument.js';
import { formatEvalReport } from '../../../src/eval/formatEvalReport.js';
import { makeDoc, makeGold } from './makeDoc.js';

const gold = (doc: string) =>
  makeGold(
    [
      ['Norvex', 'Organization'],
      ['Lumenta', 'Organization'],
      ['Ana Ruiz', 'Person'],
    ],
    [
      ['Norvex', 'BID_FOR', 'Lumenta'],
      ['Norvex', 'OWNS', 'Lumenta'],
    ],
    doc,
  );

describe('aggregateScores', () => {
  const first = scoreDocument(
    makeDoc(
      [
        ['Norvex', 'Organization'],
        ['Lumenta', 'Person'],
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
        ['Norvex Group', 'Organization', ['Norvex']],
        ['Trevan', 'Organization'],
      ],
      [['Norvex', 'BID_FOR', 'Trevan']],
      'b.txt',
    ),
    gold('b.txt'),
  );
  const report = aggregateScores([first, second], ['c.txt']);

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

  it('scores the graph as unique triples over all documents', () => {
    // required: BID_FOR and OWNS Norvex -> Lumenta (the same in both documents); predicted: the BID_FOR, and
    // BID_FOR Norvex -> ?Trevan
    expect(report.graph).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('micro-averages entities, with duplicates, per type and type accuracy', () => {
    expect(report.entities).toMatchObject({
      tp: 3,
      fp: 2,
      fn: 3,
      duplicates: 1,
      precision: 0.6,
      recall: 0.5,
      typeAccuracy: 2 / 3,
    });
    expect(report.entitiesByType.Organization).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(report.entitiesByType.Person).toMatchObject({ tp: 0, fp: 0, fn: 2, recall: 0 });
    expect(report.missing).toEqual(['c.txt']);
  });

  it('formats the tables, and the errors when verbose', () => {
    const brief = formatEvalReport(report, false);
    expect(brief).toMatch(/^BID_FOR\s+1\s+1\s+1\s+0\.50\s+0\.50\s+0\.50$/m);
    expect(brief).toMatch(/^ACQUIRED\s+0\s+0\s+0\s+-\s+-\s+-$/m);
    expect(brief).toMatch(/^Organization\s+3\s+2\s+1\s+0\.60\s+0\.75\s+0\.67$/m);
    expect(brief).toMatch(/^entities\s+3\s+2\s+3\s+0\.60\s+0\.50\s+0\.55$/m);
    expect(brief).toContain('entity duplicates: 1');
    expect(brief).toContain(
      'entities F1=0.55 (P=0.60 R=0.50, dup 1); relations F1=0.33 (P=0.50 R=0.25); graph F1=0.50',
    );
    expect(brief).toContain('missing documents (scored as empty): c.txt');
    expect(brief).not.toContain('== a.txt');
    const verbose = formatEvalReport(report, true);
    expect(verbose).toContain('== b.txt');
    expect(verbose).toContain('BID_FOR(Norvex -> ?Trevan) [unknown entity]');
    expect(verbose).toContain('OWNS(Norvex -> Lumenta)');
    expect(verbose).toContain('Lumenta is Person, gold Lumenta is Organization');
    expect(verbose).toContain('Norvex Group (Organization, duplicate of gold "Norvex")');
  });
});
