import type { ClientBundle } from './clientBundle.js';
import type { CoMention, LaidOutGraph, VizNode } from './vizGraph.js';

/**
 * Pure: a laid-out graph and the client bundle -> one self-contained HTML page
 * (script, style and data inlined; nothing is fetched, so it opens from file://).
 * `live` (kg viz --serve): the page may also ask the server it came from (connect-src 'self').
 */
export function buildHtml(
  graph: LaidOutGraph,
  client: ClientBundle,
  title = 'newsgraph',
  others: VizNode[] = [],
  options: { live?: boolean; coMentions?: Record<string, CoMention[]> } = {},
): string {
  const data = jsonForScript({
    title,
    ...graph,
    others,
    ...(options.coMentions ? { coMentions: options.coMentions } : {}),
    ...(options.live ? { live: true } : {}),
  });
  const connect = options.live ? " connect-src 'self';" : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none';${connect} script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${client.css.replace(/<\/style/gi, '<\\/style')}</style>
</head>
<body>
<div id="kg-graph"></div>
<div id="kg-bar">
  <span id="kg-title">${escapeHtml(title)}</span>
  <div id="kg-find">
    <input id="kg-search" type="search" placeholder="Search any entity, press Enter" autocomplete="off">
    <ul id="kg-results"></ul>
  </div>
  <span id="kg-counts"></span>
</div>
<aside id="kg-legend">
  <h3>Entity types</h3>
  <div id="kg-types"></div>
  <label class="kg-filter"><input id="kg-communities" type="checkbox"> Colour by community (Louvain)</label>
  <div class="kg-note" id="kg-community-count"></div>
  <h3>Relations</h3>
  <div id="kg-relations"></div>
  <div class="kg-note"><span class="kg-solid"></span> stated</div>
  <div class="kg-note"><span class="kg-dash"></span> dashed: all evidence hedged</div>
  <div class="kg-note">Counts: what is in the view. Node size: number of relations. Click a node to bring in its neighbours and see its relations; click an edge for its evidence. Search finds entities not drawn.</div>
</aside>
<div id="kg-time" hidden>
  <button id="kg-time-play" title="Play the events in order">▶</button>
  <input id="kg-time-slider" type="range" min="0" max="0" value="0" aria-label="Show what happened up to this day">
  <span id="kg-time-label"></span>
  <label class="kg-filter"><input id="kg-time-undated" type="checkbox" checked> undated</label>
</div>
<aside id="kg-panel" hidden>
  <button id="kg-panel-close" title="Close">×</button>
  <div id="kg-panel-body"></div>
</aside>
<script id="kg-data" type="application/json">${data}</script>
<script>${client.js.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}

/** JSON that cannot end the script element it sits in. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
