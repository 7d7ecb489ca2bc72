import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildHtml } from './buildHtml.js';
import { loadClientBundle } from './clientBundle.js';
import { layoutGraph } from './layoutGraph.js';
import { selectView } from './selectView.js';
import type { CoMentions } from './rowsToCoMentions.js';
import type { LaidOutGraph, VizGraph, VizNode } from './vizGraph.js';

/** What the page draws at first: everything, or the `top` entities by evidence among the related. */
export interface ViewOptions {
  top: number;
  all: boolean;
}

/** "Show co-mentioned" in a static page: for this many of the best connected entities drawn, ... */
export const CO_MENTIONED_ENTITIES = 500;
/** ... this many co-mentioned entities each (about 60 bytes apiece in the page: 0.6 MB at most). */
export const CO_MENTIONS_PER_ENTITY = 20;

/** The drawn entities whose co-mentions a static page carries: the best connected first. */
export function coMentionIds(graph: VizGraph, view: ViewOptions): string[] {
  return [...selectView(graph, view).drawn]
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, CO_MENTIONED_ENTITIES)
    .map((n) => n.id);
}

/**
 * VizGraph -> chosen view -> laid out -> self-contained HTML written to `path`. The entities
 * not drawn and all edges travel in the page too, for search and expand, and the co-mentions
 * given (see coMentionIds). Returns the laid-out view.
 */
export async function writeVizHtml(
  graph: VizGraph,
  path: string,
  title: string,
  view: ViewOptions = { top: Infinity, all: true },
  coMentions?: CoMentions,
): Promise<LaidOutGraph> {
  const { drawn, others } = selectView(graph, view);
  const laidOut = layoutGraph({ nodes: drawn, edges: graph.edges });
  // co-mentioned entities outside the selection (kg viz --entity) travel as known, undrawn ones
  const known = new Set(graph.nodes.map((n) => n.id));
  const outside: VizNode[] = (coMentions?.nodes ?? []).filter((n) => !known.has(n.id));
  const html = buildHtml(laidOut, await loadClientBundle(), title, [...others, ...outside], {
    coMentions: coMentions?.byEntity,
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return laidOut;
}
