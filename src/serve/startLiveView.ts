import type { Gateway } from '../graph/gateway.js';
import { buildHtml } from '../viz/buildHtml.js';
import { loadClientBundle } from '../viz/clientBundle.js';
import { layoutGraph } from '../viz/layoutGraph.js';
import { loadVizGraph, type VizSelection } from '../viz/loadVizGraph.js';
import { readAllowList } from './readAllowList.js';
import { serveViz, type LiveServer } from './serveViz.js';

export interface LiveViewOptions {
  selection: VizSelection;
  title: string;
  host: string;
  port: number;
  token?: string;
  log?: (line: string) => void;
}

/**
 * I/O: `kg viz --serve`. Reads the allow-list (cypher/read/, the read-only library queries), draws
 * the selected part of the graph as `kg viz` would, and serves that page with the live API.
 */
export async function startLiveView(
  gateway: Gateway,
  options: LiveViewOptions,
): Promise<LiveServer & { entities: number; relations: number }> {
  const allow = readAllowList();
  const graph = await loadVizGraph(gateway, options.selection);
  const html = buildHtml(layoutGraph(graph), await loadClientBundle(), options.title, [], { live: true });
  const server = await serveViz(gateway, allow, {
    html,
    host: options.host,
    port: options.port,
    token: options.token,
    log: options.log,
  });
  return { ...server, entities: graph.nodes.length, relations: graph.edges.length };
}
