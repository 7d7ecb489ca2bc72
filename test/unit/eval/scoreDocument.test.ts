import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../../src/eval/scoreDocument.js';
import type { RelationType } from '../../../src/types.js';
import { makeDoc, makeGold, type EntityRow, type RelationRow } from './makeDoc.js';

// Invented companies, in the style of deal news. Scored with the rules of ../shared/dev-eval/score.py.
const gold = makeGold(
  [
    ['Norvex Systems', 'Organization', ['Norvex']],
    ['Qadira Holdings', 'Organization'],
    ['Lumenta', 'Organization'],
    ['Ana Ferreira', 'Person', ['Ferreira']],
    ['Competition Bureau', 'Government'],
    ['Halden Capital', 'Organization', [], true],
    ['Tindle', 'Product', [], true],
    ['Marlow', 'Place', [], true],
  ],
  [
    ['Norvex Systems', 'BID_FOR', 'Lumenta'],
    ['Qadira Holdings', 'REJECTED', 'Norvex Systems'],
    ['Qadira Holdings', 'OWNS', 'Lumenta'],
    ['Lumenta', 'PARTNERED_WITH', 'Norvex Systems'],
    ['Ana Ferreira', 'LEADS', 'Qadira Holdings'],
    ['Competition Bureau', 'REGULATES', 'Lumenta'],
    // "Lumenta, the maker of the Tindle scooter": an endpoint that is a Product
    ['Lumenta', 'OWNS', 'Tindle'],
    // "Halden Capital is said to favour Norvex"
    ['Halden Capital', 'SUPPORTS', 'Norvex Systems', true],
    // "Qadira will not sell Lumenta to Norvex"
    ['Norvex Systems', 'ACQUIRED', 'Lumenta', false, true],
  ],
);

const allEntities: EntityRow[] = [
  ['Norvex Systems', 'Organization'],
  ['Qadira Holdings', 'Organization'],
  ['Lumenta', 'Organization'],
  ['Ana Ferreira', 'Person'],
  ['Competition Bureau', 'Government'],
  ['Halden Capital', 'Organization'],
  ['Tindle', 'Product'],
];

type Totals = { tp: number; fp: number; fn: number };
const total = (byType: Record<RelationType, Totals>): Totals =>
  Object.values(byType).reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });

// [case, extracted entities, extracted relations, expected relation totals]; 7 gold relations are required
const relationCases: [string, EntityRow[], RelationRow[], Totals][] = [
  ['exact match', allEntities, [['Norvex Systems', 'BID_FOR', 'Lumenta']], { tp: 1, fp: 0, fn: 6 }],
  [
    'match through an alias',
    [
      ['Norvex', 'Organization'],
      ['Lumenta', 'Organization'],
    ],
    [['Norvex', 'BID_FOR', 'Lumenta']],
    { tp: 1, fp: 0, fn: 6 },
  ],
  [
    'match through a possessive and a leading "the"',
    [
      ["The Qadira Holdings's", 'Organization'],
      ['Norvex Systems', 'Organization'],
    ],
    [["The Qadira Holdings's", 'REJECTED', 'Norvex Systems']],
    { tp: 1, fp: 0, fn: 6 },
  ],
  [
    'a corporate suffix is not dropped: the endpoint is unknown',
    [
      ['Qadira Holdings', 'Organization'],
      ['Norvex Systems Inc.', 'Organization'],
    ],
    [['Qadira Holdings', 'REJECTED', 'Norvex Systems Inc.']],
    { tp: 0, fp: 1, fn: 7 },
  ],
  [
    'match through an extracted alias',
    [
      ['Ms Ferreira', 'Person', ['Ana Ferreira']],
      ['Qadira Holdings', 'Organization'],
    ],
    [['Ms Ferreira', 'LEADS', 'Qadira Holdings']],
    { tp: 1, fp: 0, fn: 6 },
  ],
  [
    'PARTNERED_WITH is unordered',
    allEntities,
    [['Norvex Systems', 'PARTNERED_WITH', 'Lumenta']],
    { tp: 1, fp: 0, fn: 6 },
  ],
  [
    'other types are ordered',
    allEntities,
    [['Lumenta', 'BID_FOR', 'Norvex Systems']],
    { tp: 0, fp: 1, fn: 7 },
  ],
  [
    'an endpoint that is an extracted Product still resolves',
    allEntities,
    [['Lumenta', 'OWNS', 'Tindle']],
    { tp: 1, fp: 0, fn: 6 },
  ],
  [
    'a negated extracted relation counts like any other',
    allEntities,
    [
      ['Norvex Systems', 'BID_FOR', 'Lumenta', true],
      ['Lumenta', 'BID_FOR', 'Qadira Holdings', true],
    ],
    { tp: 1, fp: 1, fn: 6 },
  ],
  [
    'a relation negated in gold is a false positive',
    allEntities,
    [['Norvex Systems', 'ACQUIRED', 'Lumenta']],
    { tp: 0, fp: 1, fn: 7 },
  ],
  [
    'an optional relation counts neither way',
    allEntities,
    [['Halden Capital', 'SUPPORTS', 'Norvex Systems']],
    { tp: 0, fp: 0, fn: 7 },
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
    { tp: 2, fp: 1, fn: 5 },
  ],
  [
    'two extracted entities for one gold entity collapse',
    [...allEntities, ['Norvex', 'Organization']],
    [
      ['Norvex', 'BID_FOR', 'Lumenta'],
      ['Norvex Systems', 'BID_FOR', 'Lumenta'],
    ],
    { tp: 1, fp: 0, fn: 6 },
  ],
  [
    'an endpoint outside gold is a false positive',
    [...allEntities, ['Trevan Labs', 'Organization']],
    [['Trevan Labs', 'BID_FOR', 'Lumenta']],
    { tp: 0, fp: 1, fn: 7 },
  ],
  ['nothing extracted', [], [], { tp: 0, fp: 0, fn: 7 }],
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
    expect(score.relationsByType.OWNS).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(score.relationsByType.ACQUIRED).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('lists false positives with their reason and evidence, false negatives with the gold evidence', () => {
    const withEvidence = {
      ...gold,
      relations: [
        ...gold.relations,
        { ...gold.relations[0], type: 'SUPPORTS' as const, target: 'Ana Ferreira', evidence: 'backs her' },
      ],
    };
    const score = scoreDocument(
      makeDoc(
        [...allEntities, ['Trevan Labs', 'Organization']],
        [
          ['Norvex Systems', 'ACQUIRED', 'Lumenta'],
          ['Trevan Labs', 'BID_FOR', 'Lumenta'],
          ['Lumenta', 'OWNS', 'Qadira Holdings'],
          ['Lumenta', 'REJECTED', 'Qadira Holdings', true],
        ],
      ),
      withEvidence,
    );
    expect(
      score.falsePositives.map(({ type, source, target, reason }) => [type, source, target, reason]),
    ).toEqual([
      ['ACQUIRED', 'Norvex Systems', 'Lumenta', 'negated in gold'],
      ['BID_FOR', '?Trevan Labs', 'Lumenta', 'unknown entity'],
      ['OWNS', 'Lumenta', 'Qadira Holdings', undefined],
      ['REJECTED', 'Lumenta', 'Qadira Holdings', 'extracted as negated'],
    ]);
    expect(score.falsePositives[0].evidence).toBe('Norvex Systems ACQUIRED Lumenta.');
    expect(score.falseNegatives).toContainEqual({
      type: 'SUPPORTS',
      source: 'Norvex Systems',
      target: 'Ana Ferreira',
      evidence: 'backs her',
    });
    expect(score.falseNegatives).toHaveLength(8);
  });
});

type EntityTotals = Totals & { duplicates: number; typeCorrect: number };
// [case, extracted entities, expected entity counts]; 5 gold entities are required
const entityCases: [string, EntityRow[], EntityTotals][] = [
  [
    'all found, types right; the optional ones count neither way',
    allEntities,
    { tp: 5, fp: 0, fn: 0, duplicates: 0, typeCorrect: 5 },
  ],
  [
    'type does not decide a match',
    [['Lumenta', 'Person']],
    { tp: 1, fp: 0, fn: 4, duplicates: 0, typeCorrect: 0 },
  ],
  [
    'extracted Places and Products do not count',
    [
      ['Lumenta', 'Product'],
      ['Trevan', 'Place'],
    ],
    { tp: 0, fp: 0, fn: 5, duplicates: 0, typeCorrect: 0 },
  ],
  [
    'a Place that matches does not take the gold entity',
    [
      ['Lumenta', 'Place'],
      ['Lumenta', 'Organization'],
    ],
    { tp: 1, fp: 0, fn: 4, duplicates: 0, typeCorrect: 1 },
  ],
  [
    'alias, possessive, extracted alias',
    [
      ['Norvex', 'Organization'],
      ["Qadira Holdings's", 'Organization'],
      ['Ms Ferreira', 'Person', ['Ferreira']],
    ],
    { tp: 3, fp: 0, fn: 2, duplicates: 0, typeCorrect: 3 },
  ],
  [
    'a second entity for the same gold entity is a duplicate, counted wrong',
    [
      ['Norvex', 'Organization'],
      ['Norvex Systems', 'Organization'],
    ],
    { tp: 1, fp: 1, fn: 4, duplicates: 1, typeCorrect: 1 },
  ],
  [
    'a second entity for an optional gold entity is a duplicate too',
    [
      ['Halden Capital', 'Organization'],
      ["Halden Capital's", 'Organization'],
    ],
    { tp: 0, fp: 1, fn: 5, duplicates: 1, typeCorrect: 0 },
  ],
  [
    'an entity outside gold',
    [['Trevan Labs', 'Organization']],
    { tp: 0, fp: 1, fn: 5, duplicates: 0, typeCorrect: 0 },
  ],
];

describe('scoreDocument: entities', () => {
  it.each(entityCases)('%s', (_name, entities, expected) => {
    expect(scoreDocument(makeDoc(entities, []), gold).entities).toEqual(expected);
  });

  it('counts a hit and a miss under the gold type, a wrong entity under its extracted type', () => {
    const score = scoreDocument(
      makeDoc(
        [
          ['Competition Bureau', 'Organization'],
          ['Trevan', 'Person'],
          ['Norvex', 'Organization'],
          ['Norvex Systems', 'Government'],
        ],
        [],
      ),
      gold,
    );
    expect(score.entitiesByType).toEqual({
      Organization: { tp: 1, fp: 0, fn: 2 },
      Person: { tp: 0, fp: 1, fn: 1 },
      Government: { tp: 1, fp: 1, fn: 0 },
      Place: { tp: 0, fp: 0, fn: 0 },
      Product: { tp: 0, fp: 0, fn: 0 },
    });
    expect(score.entityFalsePositives).toEqual([
      { name: 'Trevan', type: 'Person' },
      { name: 'Norvex Systems', type: 'Government', reason: 'duplicate of gold "Norvex Systems"' },
    ]);
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
