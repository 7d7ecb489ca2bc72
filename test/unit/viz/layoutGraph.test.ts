import { describe, expect, it } from 'vitest';
import { generateVizGraph } from '../../../src/viz/generateVizGraph.js';
import { layoutGraph, nodeSize } from '../../../src/viz/layoutGraph.js';

describe('layoutGraph', () => {
  const graph = generateVizGraph(80, 200);

  it('is deterministic: the same graph gives the same picture and communities', () => {
    expect(layoutGraph(graph)).toEqual(layoutGraph(graph));
  });

  it('gives every node finite, distinct-enough positions and a community', () => {
    const laid = layoutGraph(graph);
    expect(laid.nodes).toHaveLength(80);
    for (const node of laid.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(node.community).toBeGreaterThanOrEqual(0);
      expect(node.community).toBeLessThan(laid.communities);
    }
    const spots = new Set(laid.nodes.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`));
    expect(spots.size).toBeGreaterThan(70);
    expect(laid.communities).toBeGreaterThan(1);
  });

  it('handles empty and single-node graphs', () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toMatchObject({ nodes: [], edges: [] });
    const one = layoutGraph({
      nodes: [{ id: 'a', name: 'A', type: 'Place', aliases: [], degree: 0 }],
      edges: [],
    });
    expect(one.nodes[0]).toMatchObject({ id: 'a', community: 0 });
  });

  it.each([
    [0, 4],
    [1, 6.5],
    [4, 9],
    [10_000, 28],
  ])('nodeSize(%i) = %d', (degree, size) => {
    expect(nodeSize(degree)).toBe(size);
  });
});
