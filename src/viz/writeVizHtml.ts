import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildHtml } from './buildHtml.js';
import { loadClientBundle } from './clientBundle.js';
import { layoutGraph } from './layoutGraph.js';
import { selectView } from './selectView.js';
import type { LaidOutGraph, VizGraph } from './vizGraph.js';

/** What the page draws at first: everything, or the `top` entities by evidence among the related. */
export interface ViewOptions {
  top: number;
  all: boolean;
}

/**
 * VizGraph -> chosen view -> laid out -> self-contained HTML written to `path`. The entities
 * not drawn and all edges travel in the page too, for search and expand. Returns the laid-out view.
 */
export async function writeVizHtml(
  graph: VizGraph,
  path: string,
  title: string,
  view: ViewOptions = { top: Infinity, all: true },
): Promise<LaidOutGraph> {
  const { drawn, others } = selectView(graph, view);
  const laidOut = layoutGraph({ nodes: drawn, edges: graph.edges });
  const html = buildHtml(laidOut, await loadClientBundle(), title, others);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return laidOut;
}
