import type { VizGraph, VizNode } from '../vizGraph.js';
import type { GraphSource } from './graphSource.js';
import type { LiveSource } from './liveSource.js';

/**
 * kg viz --serve: the page's GraphSource backed by the server. The graph drawn at first comes
 * embedded as on a static page; search reaches the whole database when the page holds too few
 * matches, and an entity's neighbours always come from the database (`/api/expand`).
 */
export function serverGraphSource(embedded: GraphSource, live: LiveSource): GraphSource {
  const known = new Map<string, VizNode>();
  const remember = (graph: VizGraph): VizGraph => {
    for (const node of graph.nodes) known.set(node.id, node);
    return graph;
  };
  return {
    initial: () => embedded.initial(),
    totals: () => embedded.totals(),
    eventDays: () => embedded.eventDays(),
    search: async (text, limit) => {
      const local = await embedded.search(text, limit);
      if (local.length >= limit) return local;
      const hits = (await live.search(text)).filter((e) => !local.some((n) => n.id === e.id));
      const remote = hits
        .slice(0, limit - local.length)
        .map(
          (e) => known.get(e.id) ?? { id: e.id, name: e.name, type: e.type, aliases: e.aliases, degree: 0 },
        );
      return [...local, ...remote];
    },
    coMentioned: async (id) => {
      const found = await live.coMentioned(id);
      return { mentions: found.mentions, nodes: found.nodes.map((n) => known.get(n.id) ?? n) };
    },
    neighbours: async (id) => {
      const graph = remember(await live.expand(id));
      return { nodes: graph.nodes.filter((n) => n.id !== id), edges: graph.edges };
    },
  };
}
