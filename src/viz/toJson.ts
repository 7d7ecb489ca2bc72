import type { VizGraph } from './vizGraph.js';

/** Pure: VizGraph -> pretty JSON {nodes, edges}, evidence included when loaded. */
export function toJson(graph: VizGraph): string {
  return `${JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}
