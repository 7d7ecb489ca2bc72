import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildHtml } from './buildHtml.js';
import { loadClientBundle } from './clientBundle.js';
import { layoutGraph } from './layoutGraph.js';
import type { LaidOutGraph, VizGraph } from './vizGraph.js';

/** VizGraph -> laid out -> self-contained HTML written to `path`. Returns the laid-out graph. */
export async function writeVizHtml(graph: VizGraph, path: string, title: string): Promise<LaidOutGraph> {
  const laidOut = layoutGraph(graph);
  const html = buildHtml(laidOut, await loadClientBundle(), title);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return laidOut;
}
