import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../../src/eval/scoreDocument.js';
import type { GoldDoc } from '../../../src/eval/goldDoc.js';
import type { RelationType } from '../../../src/types.js';
import { makeDoc, type EntityRow, type RelationRow } from './makeDoc.js';

// Invented companies, in the style of deal news.
const gold: GoldDoc = {
  doc: 'deal.txt',
  entities: [
    { name: 'Norvex Systems', type: 'Organization', aliases: ['Norvex'] },
    { name: 'Qadira Holdings', type: 'Organization', aliases: [] },
    { name: 'Lumenta', type: 'Organization', aliases: [] },
    { name: 'Ana Ferreira', type: 'Person', aliases: ['Ferreira'] },
    { name: 'Competition Bureau', type: 'Government', aliases: [] },
  ],
  relations: [
    { source: 'Norvex Systems', type: 'BID_FOR', target: 'Lumenta' },
    { source: 'Qadira Holdings', type: 'REJECTED', target: 'Norvex Systems' },
    { source: 'Qadira Holdings', type: 'OWNS', target: 'Lumenta' },
    { source: 'Lumenta', type: 'PARTNERED_WITH', target: 'Norvex Systems' },
    { source: 'Ana Ferreira', type: 'LEADS', target: 'Qadira Holdings' },
    { source: 'Competition Bureau', type: 'REGULATES', target: 'Lumenta' },
    // "Qadira will not sell Lumenta to Norvex"
    { source: 'Norvex Systems', type: 'ACQUIRED', target: 'Lumenta', negated: true },
  ],
};

const allEntities: EntityRow[] = [
  ['Norvex Systems', 'Organization'],
  ['Qadira Holdings', 'Organization'],
  ['Lumenta', 'Organization'],
  ['Ana Ferreira', 'Person'],
  ['Competition Bureau', 'Government'],
];

type Totals = { tp: number; fp: number; fn: number };
const total = (byType: Record<RelationType, Totals>): Totals =>
  Object.values(byType).reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });

// [case, extracted entities, extracted relations, expected relation totals]
const relationCases: [string, EntityRow[], RelationRow[], Totals][] = [
  ['exact match', allEntities, [['Norvex Systems', 'BID_FOR', 'Lumenta']], { tp: 1, fp: 0, fn: 5 }],
  [
    'match through an alias',
    [
      ['Norvex', 'Organization'],
      ['Lumenta', 'Organization'],
    ],
    [['Norvex', 'BID_FOR', 'Lumenta']],
    { tp: 1, fp: 0, fn: 5 },
  ],
  [
    'match through a possessive and a corporate suffix',
    [
      ["Qadira Holdings plc's", 'Organization'],
      ['Norvex Systems Inc.', 'Organization'],
    ],
    [["Qadira Holdings plc's", 'REJECTED', 'Norvex Systems Inc.']],
    { tp: 1, fp: 0, fn: 5 },
  ],
  [
    'match through an extracted alias',
    [
      ['Ms Ferreira', 'Person', ['Ana Ferreira']],
      ['Qadira Holdings', 'Organization'],
    ],
    [['Ms Ferreira', 'LEADS', 'Qadira Holdings']],
    { tp: 1, fp: 0, fn: 5 },
  ],
  [
    'PARTNERED_WITH is unordered',
    allEntities,
    [['Norvex Systems', 'PARTNERED_WITH', 'Lumenta']],
    { tp: 1, fp: 0, fn: 5 },
  ],
  [
    'other types are ordered',
    allEntities,
    [['Lumenta', 'BID_FOR', 'Norvex Systems']],
    { tp: 0, fp: 1, fn: 6 },
  ],
  [
    'negated extracted relations do not count',
    allEntities,
    [
      ['Norvex Systems', 'BID_FOR', 'Lumenta', true],
      ['Norvex Systems', 'ACQUIRED', 'Lumenta', true],
    ],
    { tp: 0, fp: 0, fn: 6 },
  ],
  [
    'a positive relation negated in gold is a false positive',
    allEntities,
    [['Norvex Systems', 'ACQUIRED', 'Lumenta']],
    { tp: 0, fp: 1, fn: 6 },
  ],
  [
    'duplicates count once',
    allEntities,
    [
      ['Norvex Systems', 'BID_FOR', 'Lumenta'],
      ['Norvex Systems', 'BID_FOR', 'Lumenta'],
      ['Lumenta', 'PARTNERED_WITH', 'Norvex Systems'],
      ['Norvex Systems', 'PARTNERED_WITH', 'Lumenta'],
      ['Lumenta', 'OWNS', 'Norvex Systems'],
      ['Lumenta', 'OWNS', 'Norvex Systems'],
    ],
    { tp: 2, fp: 1, fn: 4 },
  ],
  [
    'two extracted entities for one gold entity collapse',
    [...allEntities, ['Norvex', 'Organization']],
    [
      ['Norvex', 'BID_FOR', 'Lumenta'],
      ['Norvex Systems', 'BID_FOR', 'Lumenta'],
    ],
    { tp: 1, fp: 0, fn: 5 },
  ],
  [
    'an endpoint outside gold is a false positive',
    [...allEntities, ['Trevan Labs', 'Organization']],
    [['Trevan Labs', 'BID_FOR', 'Lumenta']],
    { tp: 0, fp: 1, fn: 6 },
  ],
  ['nothing extracted', [], [], { tp: 0, fp: 0, fn: 6 }],
];

describe('scoreDocument: relations', () => {
  it.each(relationCases)('%s', (_name, entities, relations, expected) => {
    expect(total(scoreDocument(makeDoc(entities, relations), gold).relationsByType)).toEqual(expected);
  });

  it('counts per relation type', () => {
    const score = scoreDocument(
      makeDoc(allEntities, [
        ['Norvex Systems', 'BID_FOR', 'Lumenta'],
        ['Lumenta', 'BID_FOR', 'Qadira Holdings'],
      ]),
      gold,
    );
    expect(score.relationsByType.BID_FOR).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.relationsByType.OWNS).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.relationsByType.ACQUIRED).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('lists false positives with their reason and evidence, false negatives with the gold note', () => {
    const score = scoreDocument(
      makeDoc(
        [...allEntities, ['Trevan Labs', 'Organization']],
        [
          ['Norvex Systems', 'ACQUIRED', 'Lumenta'],
          ['Trevan Labs', 'BID_FOR', 'Lumenta'],
          ['Lumenta', 'OWNS', 'Qadira Holdings'],
        ],
      ),
      {
        ...gold,
        relations: [
          ...gold.relations,
          { source: 'Norvex Systems', type: 'SUPPORTS', target: 'Ana Ferreira', note: 'backs her' },
        ],
      },
    );
    expect(
      score.falsePositives.map(({ type, source, target, reason }) => [type, source, target, reason]),
    ).toEqual([
      ['ACQUIRED', 'Norvex Systems', 'Lumenta', 'negated in gold'],
      ['BID_FOR', '?Trevan Labs', 'Lumenta', 'unknown entity'],
      ['OWNS', 'Lumenta', 'Qadira Holdings', undefined],
    ]);
    expect(score.falsePositives[0].evidence).toBe('Norvex Systems ACQUIRED Lumenta.');
    expect(score.falseNegatives).toContainEqual({
      type: 'SUPPORTS',
      source: 'Norvex Systems',
      target: 'Ana Ferreira',
      note: 'backs her',
    });
    expect(score.falseNegatives).toHaveLength(7);
  });
});

// [case, extracted entities, expected entity counts]
const entityCases: [string, EntityRow[], Totals & { typeCorrect: number }][] = [
  ['all found, types right', allEntities, { tp: 5, fp: 0, fn: 0, typeCorrect: 5 }],
  ['type does not decide a match', [['Lumenta', 'Product']], { tp: 1, fp: 0, fn: 4, typeCorrect: 0 }],
  [
    'alias, possessive and suffix',
    [
      ['Norvex', 'Organization'],
      ["Qadira Holdings Ltd's", 'Organization'],
      ['Ferreira', 'Person'],
    ],
    { tp: 3, fp: 0, fn: 2, typeCorrect: 3 },
  ],
  [
    'a second entity for the same gold entity is a duplicate',
    [
      ['Norvex', 'Organization'],
      ['Norvex Systems', 'Organization'],
    ],
    { tp: 1, fp: 1, fn: 4, typeCorrect: 1 },
  ],
  ['an entity outside gold', [['Trevan Labs', 'Organization']], { tp: 0, fp: 1, fn: 5, typeCorrect: 0 }],
];

describe('scoreDocument: entities', () => {
  it.each(entityCases)('%s', (_name, entities, expected) => {
    expect(scoreDocument(makeDoc(entities, []), gold).entities).toEqual(expected);
  });

  it('the name match claims the gold entity, the alias match is the duplicate', () => {
    const score = scoreDocument(
      makeDoc(
        [
          ['Norvex', 'Product'],
          ['Norvex Systems', 'Organization'],
        ],
        [],
      ),
      gold,
    );
    expect(score.entityFalsePositives).toEqual([
      { name: 'Norvex', type: 'Product', reason: 'duplicate of gold "Norvex Systems"' },
    ]);
    expect(score.typeMismatches).toEqual([]);
  });

  it('reports type mismatches', () => {
    const score = scoreDocument(makeDoc([['Competition Bureau', 'Organization']], []), gold);
    expect(score.typeMismatches).toEqual([
      {
        gold: 'Competition Bureau',
        goldType: 'Government',
        extracted: 'Competition Bureau',
        extractedType: 'Organization',
      },
    ]);
  });
});
