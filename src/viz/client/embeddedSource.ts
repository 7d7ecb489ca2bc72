import type { VizEdge, VizNode, VizPageData } from '../vizGraph.js';
import type { GraphSource } from './graphSource.js';
import { searchNodes } from './searchNodes.js';

/** The GraphSource of the static page: everything comes from the JSON embedded in the HTML. */
export function embeddedSource(data: VizPageData): GraphSource {
  const all: VizNode[] = [...data.nodes, ...data.others];
  const byId = new Map(all.map((n) => [n.id, n]));
  const edgesOf = new Map<string, VizEdge[]>();
  for (const edge of data.edges) {
    for (const end of new Set([edge.source, edge.target])) {
      (edgesOf.get(end) ?? edgesOf.set(end, []).get(end)!).push(edge);
    }
  }
  return {
    initial: async () => {
      const drawn = new Set(data.nodes.map((n) => n.id));
      return {
        nodes: data.nodes,
        edges: data.edges.filter((e) => drawn.has(e.source) && drawn.has(e.target)),
        communities: data.communities,
        frame: data.frame,
      };
    },
    totals: async () => ({ nodes: all.length, edges: data.edges.length }),
    search: async (text, limit) => searchNodes(all, text, limit),
    neighbours: async (id) => {
      const edges = edgesOf.get(id) ?? [];
      const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
      ids.delete(id);
      return { nodes: [...ids].map((n) => byId.get(n)!).filter(Boolean), edges };
    },
    coMentioned: async (id) => {
      const mentions = data.coMentions?.[id];
      if (!mentions) return null;
      return { mentions, nodes: mentions.map((m) => byId.get(m.id)).filter((n): n is VizNode => !!n) };
    },
    eventDays: async () =>
      [...new Set(data.edges.map((e) => e.firstEventDate).filter((d): d is string => !!d))].sort(),
  };
}
