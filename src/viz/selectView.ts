import type { VizGraph, VizNode } from './vizGraph.js';

/** Which entities a page draws at first, and which it only knows (for search and expand). */
export interface ViewSelection {
  drawn: VizNode[];
  others: VizNode[];
}

/** Evidence behind an entity: the claims and articles of its typed edges, summed. */
export interface Evidence {
  claims: number;
  articles: number;
}

export function evidenceByNode(graph: VizGraph): Map<string, Evidence> {
  const out = new Map<string, Evidence>(graph.nodes.map((n) => [n.id, { claims: 0, articles: 0 }]));
  for (const edge of graph.edges) {
    for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      const e = out.get(end);
      if (!e) continue;
      e.claims += edge.claims;
      e.articles += edge.articles;
    }
  }
  return out;
}

/**
 * Pure: "start from what matters". Without `all`: the relations ranked by evidence (claims,
 * then articles, then the evidence of their ends), and the entities at their two ends taken in
 * that order until there are `top` of them, so that every entity drawn has a relation drawn;
 * the rest (a 23,000-entity corpus where 329 relations touch a few hundred entities) are kept
 * as `others`, found by search and expand but not drawn. With `all`, everything is drawn.
 */
export function selectView(graph: VizGraph, options: { top: number; all: boolean }): ViewSelection {
  if (options.all) return { drawn: [...graph.nodes], others: [] };
  const evidence = evidenceByNode(graph);
  const weight = (id: string) => evidence.get(id)?.claims ?? 0;
  const known = new Set(graph.nodes.map((n) => n.id));
  const ranked = graph.edges
    .filter((e) => known.has(e.source) && known.has(e.target))
    .sort(
      (a, b) =>
        b.claims - a.claims ||
        b.articles - a.articles ||
        weight(b.source) + weight(b.target) - weight(a.source) - weight(a.target) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const keep = new Set<string>();
  for (const edge of ranked) {
    const adds = [edge.source, edge.target].filter((id) => !keep.has(id));
    if (keep.size + new Set(adds).size > options.top) continue;
    adds.forEach((id) => keep.add(id));
    if (keep.size >= options.top) break;
  }
  return {
    drawn: graph.nodes.filter((n) => keep.has(n.id)),
    others: graph.nodes.filter((n) => !keep.has(n.id)),
  };
}
