import type { LaidOutNode, VizEdge, VizGraph } from '../vizGraph.js';

/**
 * Pure: the nodes and edges of `incoming` that the page does not hold yet, new nodes placed on a
 * ring around `centre` (the expanded node, or where the camera looks for a search hit), so "expand" grows the
 * picture where the user is looking and never moves what is already drawn.
 */
export function mergeLiveGraph(
  incoming: VizGraph,
  has: { node: (id: string) => boolean; edge: (id: string) => boolean },
  centre: { id: string; x: number; y: number },
  radius: number,
): { nodes: LaidOutNode[]; edges: VizEdge[] } {
  const fresh = incoming.nodes.filter((node) => !has.node(node.id));
  const ring = fresh.filter((node) => node.id !== centre.id);
  const nodes = fresh.map((node) => {
    const i = ring.indexOf(node);
    const angle = (2 * Math.PI * i) / Math.max(1, ring.length) + 0.3;
    // the centre itself, when it is new (a search hit), sits at the centre
    const r = i < 0 ? 0 : radius * (1 + 0.15 * (i % 3));
    return {
      ...node,
      x: centre.x + r * Math.cos(angle),
      y: centre.y + r * Math.sin(angle),
      size: Math.round(Math.min(28, 4 + 2.5 * Math.sqrt(node.degree)) * 10) / 10,
      community: 0,
    };
  });
  const edges = incoming.edges.filter((edge) => !has.edge(edge.id));
  return { nodes, edges };
}
