import { describe, expect, it } from 'vitest';
import { rowsToVizGraph } from '../../../src/viz/rowsToVizGraph.js';

describe('rowsToVizGraph', () => {
  const entities = [
    { id: 'org:a', name: 'A Corp', type: 'Organization', aliases: ['A', 'A Corp'] },
    { id: 'org:b', name: 'B Inc', type: 'Organization', aliases: [] },
    { id: 'gov:c', name: 'C Ministry', type: 'Government', aliases: null },
  ];
  const edges = [
    {
      source: 'org:a',
      type: 'REJECTED',
      target: 'org:b',
      claims: 2,
      sentences: 2,
      articles: 1,
      firstDate: null,
      lastDate: null,
      maxConfidence: 0.9,
      allHedged: false,
    },
    {
      source: 'gov:c',
      type: 'REGULATES',
      target: 'org:a',
      claims: 1,
      sentences: 1,
      articles: 1,
      firstDate: '2020-01-01',
      lastDate: '2020-01-01',
      maxConfidence: 0.5,
      allHedged: true,
    },
    // an end outside the selection: dropped
    {
      source: 'org:a',
      type: 'OWNS',
      target: 'org:zzz',
      claims: 1,
      sentences: 1,
      articles: 1,
      firstDate: null,
      lastDate: null,
      maxConfidence: 0.5,
      allHedged: false,
    },
  ];
  const evidence = [
    {
      source: 'org:a',
      type: 'REJECTED',
      target: 'org:b',
      evidence: [
        {
          text: 'A Corp rejected a bid from B Inc.',
          articleId: 'x.txt',
          articleTitle: 'Bid rejected',
          sentenceIndex: 3,
          hedged: false,
          negated: false,
        },
      ],
    },
  ];
  const graph = rowsToVizGraph(entities, edges, evidence);

  it('keeps entities with their aliases and counts degree over kept edges', () => {
    expect(graph.nodes.map((n) => [n.id, n.degree, n.aliases])).toEqual([
      ['org:a', 2, ['A', 'A Corp']],
      ['org:b', 1, []],
      ['gov:c', 1, []],
    ]);
  });

  it('keeps edges with aggregates and attaches evidence by (source, type, target)', () => {
    expect(graph.edges).toHaveLength(2);
    expect(graph.edges[0]).toMatchObject({ id: 'org:a|REJECTED|org:b', claims: 2, allHedged: false });
    expect(graph.edges[0].evidence[0]).toMatchObject({ articleTitle: 'Bid rejected', sentenceIndex: 3 });
    expect(graph.edges[1]).toMatchObject({
      type: 'REGULATES',
      allHedged: true,
      firstDate: '2020-01-01',
      evidence: [],
    });
  });
});
