import { describe, expect, it } from 'vitest';
import { searchNodes } from '../../../src/viz/client/searchNodes.js';
import { filterCounts } from '../../../src/viz/client/filterCounts.js';
import { labelRect, overlappingPairs, RectSet } from '../../../src/viz/client/labelRects.js';
import { placeAround } from '../../../src/viz/client/placeAround.js';
import type { VizEdge, VizNode } from '../../../src/viz/vizGraph.js';

const node = (id: string, name: string, degree: number, aliases: string[] = []): VizNode => ({
  id,
  name,
  type: 'Organization',
  aliases,
  degree,
});
const nodes = [
  node('o1', 'Norvex Holdings', 3, ['Norvex']),
  node('o2', 'Norvex', 0),
  node('o3', 'Halden Capital', 5),
  node('o4', 'Capital Norvex Partners', 1),
];

describe('searchNodes', () => {
  it.each([
    ['norvex', ['o1', 'o2', 'o4']], // exact alias and exact name tie: the better connected first
    ['Halden', ['o3']],
    ['capital', ['o4', 'o3']],
    ['o3', ['o3']],
    ['Qadira', []],
    ['  ', []],
  ])('%s -> %j', (query, ids) => {
    expect(searchNodes(nodes, query, 10).map((n) => n.id)).toEqual(ids);
  });
});

const edge = (
  id: string,
  type: string,
  source: string,
  target: string,
  allHedged: boolean,
  day: string | null,
): VizEdge => ({
  id,
  source,
  target,
  type,
  claims: 1,
  sentences: 1,
  articles: 1,
  firstDate: null,
  lastDate: null,
  firstEventDate: day,
  maxConfidence: 0.5,
  allHedged,
  evidence: [],
});

describe('filterCounts', () => {
  const types: Record<string, string> = { a: 'Organization', b: 'Person', c: 'Organization' };
  const edges = [
    edge('1', 'OWNS', 'a', 'c', false, '2024-01-02'),
    edge('2', 'LEADS', 'b', 'a', true, null),
    edge('3', 'OWNS', 'c', 'a', true, '2024-03-01'),
  ];
  const count = (
    hiddenTypes: string[],
    hiddenRelations: string[],
    showHedged: boolean,
    until: string | null,
  ) =>
    filterCounts(
      Object.entries(types).map(([, type]) => ({ type })),
      edges,
      (id) => types[id],
      {
        hiddenTypes: new Set(hiddenTypes),
        hiddenRelations: new Set(hiddenRelations),
        showHedged,
        inTime: (e) => until === null || (!!e.firstEventDate && e.firstEventDate <= until),
      },
    );
  it.each([
    [[], [], true, null, { OWNS: 2, LEADS: 1 }, 2, 3, 3],
    [[], [], false, null, { OWNS: 1, LEADS: 0 }, 2, 1, 3],
    [['Person'], [], true, null, { OWNS: 2 }, 1, 2, 2],
    [[], ['OWNS'], true, null, { OWNS: 2, LEADS: 1 }, 1, 1, 3],
    [[], [], true, '2024-02-01', { OWNS: 1 }, 0, 1, 3],
  ] as const)(
    'types hidden %j, relations hidden %j, hedged %s, until %s',
    (ht, hr, hedged, until, relations, hedgedCount, shownEdges, shownNodes) => {
      const c = count([...ht], [...hr], hedged, until);
      expect(Object.fromEntries(c.relations)).toEqual(relations);
      expect(c.hedged).toBe(hedgedCount);
      expect(c.shownEdges).toBe(shownEdges);
      expect(c.shownNodes).toBe(shownNodes);
      expect(Object.fromEntries(c.types)).toEqual({ Organization: 2, Person: 1 });
    },
  );
});

describe('labelRects', () => {
  it('finds overlapping labels and refuses them in a RectSet', () => {
    const a = labelRect(0, 0, 5, 60, 13);
    const b = labelRect(10, 5, 5, 60, 13);
    const c = labelRect(0, 40, 5, 60, 13);
    expect(overlappingPairs([a, b, c])).toEqual([[0, 1]]);
    const set = new RectSet();
    expect([a, b, c].map((r) => set.tryAdd(r))).toEqual([true, false, true]);
  });
});

describe('placeAround', () => {
  it('puts new nodes on a ring, spaced for their labels', () => {
    const spots = placeAround({ x: 10, y: 10 }, 40);
    const radius = Math.hypot(spots[0].x - 10, spots[0].y - 10);
    expect(radius).toBeCloseTo((40 * 34) / (2 * Math.PI));
    expect(new Set(spots.map((s) => `${Math.round(s.x)},${Math.round(s.y)}`)).size).toBe(40);
  });
});
