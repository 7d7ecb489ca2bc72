import { describe, expect, it } from 'vitest';
import { selectView } from '../../../src/viz/selectView.js';
import type { VizEdge, VizGraph, VizNode } from '../../../src/viz/vizGraph.js';

const node = (id: string, degree: number): VizNode => ({
  id,
  name: id,
  type: 'Organization',
  aliases: [],
  degree,
});
const edge = (source: string, target: string, claims: number): VizEdge => ({
  id: `${source}|OWNS|${target}`,
  source,
  target,
  type: 'OWNS',
  claims,
  sentences: claims,
  articles: 1,
  firstDate: null,
  lastDate: null,
  maxConfidence: 0.8,
  allHedged: false,
  evidence: [],
});

// Norvex owns Halden (5 claims), Qadira owns Borland (2), Ana Ruiz has no typed relation.
const graph: VizGraph = {
  nodes: [node('norvex', 1), node('halden', 1), node('qadira', 1), node('borland', 1), node('ana-ruiz', 0)],
  edges: [edge('qadira', 'borland', 2), edge('norvex', 'halden', 5)],
};

describe('selectView', () => {
  it.each([
    [2, ['norvex', 'halden']],
    [3, ['norvex', 'halden']],
    [4, ['norvex', 'halden', 'qadira', 'borland']],
    [10, ['norvex', 'halden', 'qadira', 'borland']],
  ])('--top %i draws the ends of the best evidenced relations: %j', (top, drawn) => {
    const view = selectView(graph, { top, all: false });
    expect(view.drawn.map((n) => n.id).sort()).toEqual([...drawn].sort());
    expect(view.others.map((n) => n.id)).toContain('ana-ruiz');
  });

  it('--all draws every entity, related or not', () => {
    expect(selectView(graph, { top: 1, all: true }).drawn).toHaveLength(5);
  });
});
