import { describe, expect, it } from 'vitest';
import { generateVizGraph } from '../../../src/viz/generateVizGraph.js';
import { labelWidth, layoutGraph, nodeSize } from '../../../src/viz/layoutGraph.js';
import { labelRect, overlappingPairs } from '../../../src/viz/client/labelRects.js';
import { selectView } from '../../../src/viz/selectView.js';

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

  // sigma fits the frame into the viewport: labels keep their 13 px whatever the scale
  it.each([
    ['80 nodes, 200 edges', generateVizGraph(80, 200)],
    ['the default view of 3,000 nodes, 900 edges', generateVizGraph(3000, 900)],
  ])('%s: the 20 best connected labels do not overlap at the first view', (_name, source) => {
    const view = selectView(source, { top: 150, all: false });
    const laid = layoutGraph({ nodes: view.drawn, edges: source.edges });
    const [x0, x1] = laid.frame!.x;
    const [y0, y1] = laid.frame!.y;
    const scale = Math.min(1088 / (x1 - x0), 734 / (y1 - y0));
    const top = [...laid.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, 20);
    const rects = top.map((n) => labelRect(n.x * scale, -n.y * scale, n.size, labelWidth(n.name), 13));
    expect(overlappingPairs(rects).map(([i, j]) => [top[i].name, top[j].name])).toEqual([]);
  });
});
