import { describe, expect, it } from 'vitest';
import { mergeLiveGraph } from '../../../src/viz/client/mergeLiveGraph.js';
import type { VizEdge, VizGraph, VizNode } from '../../../src/viz/vizGraph.js';

const node = (id: string, degree = 1): VizNode => ({
  id,
  name: id,
  type: 'Organization',
  aliases: [],
  degree,
});
const edge = (source: string, target: string): VizEdge => ({
  id: `${source}|OWNS|${target}`,
  source,
  target,
  type: 'OWNS',
  claims: 1,
  sentences: 1,
  articles: 1,
  firstDate: null,
  lastDate: null,
  maxConfidence: 0.8,
  allHedged: false,
  evidence: [],
});
const incoming: VizGraph = {
  nodes: [node('norvex'), node('halden'), node('qadira'), node('ana-ruiz')],
  edges: [edge('norvex', 'halden'), edge('norvex', 'qadira'), edge('ana-ruiz', 'norvex')],
};
const drawn = new Set(['norvex', 'norvex|OWNS|halden']);
const has = { node: (id: string) => drawn.has(id), edge: (id: string) => drawn.has(id) };

describe('mergeLiveGraph', () => {
  it('keeps only what the page does not hold, new nodes on a ring around the expanded node', () => {
    const merged = mergeLiveGraph(incoming, has, { id: 'norvex', x: 10, y: -5 }, 4);
    expect(merged.nodes.map((n) => n.id)).toEqual(['halden', 'qadira', 'ana-ruiz']);
    expect(merged.edges.map((e) => e.id)).toEqual(['norvex|OWNS|qadira', 'ana-ruiz|OWNS|norvex']);
    for (const n of merged.nodes) {
      const r = Math.hypot(n.x - 10, n.y + 5);
      expect(r).toBeGreaterThanOrEqual(4 - 1e-9);
      expect(r).toBeLessThanOrEqual(4 * 1.3 + 1e-9);
    }
  });

  it('puts a new centre (a search hit) at the centre and its neighbours around it', () => {
    const merged = mergeLiveGraph(
      incoming,
      { node: () => false, edge: () => false },
      { id: 'qadira', x: 0, y: 0 },
      2,
    );
    const centre = merged.nodes.find((n) => n.id === 'qadira')!;
    expect([centre.x, centre.y]).toEqual([0, 0]);
    expect(merged.nodes.filter((n) => n.x === 0 && n.y === 0)).toHaveLength(1);
  });
});
