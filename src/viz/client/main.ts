import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import type { LaidOutGraph, LaidOutNode, VizEdge } from '../vizGraph.js';
import { DashedArrowProgram } from './dashedEdgeProgram.js';
import { edgeAttributes } from './edgeAttributes.js';
import './page.css';
import { communityColor, relationColor, typeColor } from './palette.js';
import { wireLiveView } from './liveView.js';

// The browser side of `kg viz`: reads the graph embedded in the page (positions
// already computed in Node), draws it with sigma, and wires search, filters,
// the community toggle and the side panel. Everything is DOM + WebGL, no network.

interface PageData extends LaidOutGraph {
  title: string;
}

const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as PageData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const graph = new MultiDirectedGraph();
const nodeById = new Map<string, LaidOutNode>();
const edgeById = new Map<string, VizEdge>();
for (const node of data.nodes) {
  nodeById.set(node.id, node);
  graph.addNode(node.id, { x: node.x, y: node.y, size: node.size, label: node.name, entityType: node.type });
}
for (const edge of data.edges) {
  edgeById.set(edge.id, edge);
  graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
}

const state = {
  hiddenRelations: new Set<string>(),
  hiddenTypes: new Set<string>(),
  communities: false,
  selectedNode: null as string | null,
  selectedEdge: null as string | null,
  cameraMoving: false,
  /** The time slider: show what happened up to this ISO day (null: everything). */
  timeUntil: null as string | null,
  showUndated: true,
};

/** An edge is on by the slider when its first event day has come, or it is undated and undated edges are shown. */
function inTime(edge: VizEdge): boolean {
  if (state.timeUntil === null) return true;
  if (!edge.firstEventDate) return state.showUndated;
  return edge.firstEventDate <= state.timeUntil;
}

const large = data.nodes.length > 1000;
const container = $('kg-graph');
const renderer = new Sigma(graph, container, {
  renderEdgeLabels: true,
  // edge hit-testing redraws a picking layer of every edge on pointer moves: too slow at 20k edges
  // (a large graph's relations are still opened from the entity panel)
  enableEdgeEvents: !large,
  hideEdgesOnMove: large,
  defaultEdgeType: 'arrow',
  edgeProgramClasses: { arrow: EdgeArrowProgram, dashed: DashedArrowProgram },
  labelRenderedSizeThreshold: large ? 9 : 4,
  edgeLabelSize: 11,
  labelSize: 13,
  labelWeight: '600',
  zIndex: true,
  nodeReducer: (id, attrs) => {
    const out = { ...attrs };
    const node = nodeById.get(id)!;
    if (state.hiddenTypes.has(node.type)) return { ...out, hidden: true };
    out.color = state.communities ? communityColor(node.community) : typeColor(node.type);
    const focus = state.selectedNode;
    if (focus) {
      if (id === focus) {
        out.highlighted = true;
        out.zIndex = 2;
      } else if (!graph.areNeighbors(id, focus)) {
        out.color = '#d8d8d8';
        out.label = '';
        out.zIndex = 0;
      } else out.zIndex = 1;
    }
    return out;
  },
  edgeReducer: (id, attrs) => {
    const edge = edgeById.get(id)!;
    const hidden =
      !inTime(edge) ||
      state.hiddenRelations.has(edge.type) ||
      state.hiddenTypes.has(nodeById.get(edge.source)!.type) ||
      state.hiddenTypes.has(nodeById.get(edge.target)!.type);
    if (hidden) return { ...attrs, hidden: true };
    const out = { ...attrs };
    if (state.selectedEdge === id) {
      out.size = (attrs.size as number) + 3;
      out.forceLabel = true;
      out.zIndex = 2;
    } else if (
      state.selectedNode &&
      edge.source !== state.selectedNode &&
      edge.target !== state.selectedNode
    ) {
      out.color = '#ececec';
      out.label = '';
    } else if (state.selectedNode) {
      out.forceLabel = true;
    }
    return out;
  },
});

// ---- side panel ----------------------------------------------------------------------
const panel = $('kg-panel');
const panelBody = $('kg-panel-body');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function nameOf(id: string): string {
  return nodeById.get(id)?.name ?? id;
}

function showNode(id: string): void {
  const node = nodeById.get(id)!;
  panelBody.replaceChildren();
  panelBody.append(
    el('h2', node.name),
    el('div', `${node.type} · ${node.id} · degree ${node.degree}`, 'kg-meta'),
  );
  const aliases = node.aliases.filter((alias) => alias !== node.name);
  panelBody.append(el('h3', 'Aliases'));
  panelBody.append(el('div', aliases.length ? aliases.join(', ') : '(none)', 'kg-aliases'));
  panelBody.append(el('h3', 'Relations'));
  const list = el('ul', undefined, 'kg-relations');
  const edges = graph.edges(id).map((edgeId) => edgeById.get(edgeId)!);
  edges.sort((a, b) => a.type.localeCompare(b.type) || nameOf(a.target).localeCompare(nameOf(b.target)));
  for (const edge of edges) {
    const item = el('li');
    const link = el('a', `${nameOf(edge.source)} ${edge.type} ${nameOf(edge.target)}`);
    link.href = '#';
    link.dataset.edge = edge.id;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      selectEdge(edge.id);
    });
    item.append(link, el('span', ` (${edge.claims} claim${edge.claims === 1 ? '' : 's'})`, 'kg-meta'));
    list.append(item);
  }
  if (!edges.length) list.append(el('li', '(none)'));
  panelBody.append(list);
  panel.hidden = false;
}

function showEdge(id: string): void {
  const edge = edgeById.get(id)!;
  panelBody.replaceChildren();
  panelBody.append(el('h2', `${nameOf(edge.source)} ${edge.type} ${nameOf(edge.target)}`));
  const dates = edge.firstDate
    ? ` · reported ${edge.firstDate}${edge.lastDate && edge.lastDate !== edge.firstDate ? ` to ${edge.lastDate}` : ''}`
    : '';
  const happened = edge.firstEventDate
    ? ` · happened ${edge.firstEventDate}${edge.lastEventDate && edge.lastEventDate !== edge.firstEventDate ? ` to ${edge.lastEventDate}` : ''}`
    : '';
  panelBody.append(
    el(
      'div',
      `${edge.claims} claim(s) in ${edge.sentences} sentence(s) of ${edge.articles} article(s) · max confidence ${edge.maxConfidence.toFixed(2)}${edge.allHedged ? ' · all hedged' : ''}${dates}${happened}`,
      'kg-meta',
    ),
  );
  panelBody.append(el('h3', 'Evidence'));
  const list = el('ol', undefined, 'kg-evidence');
  // the slider filters the evidence too: "on Monday" (2019-09-16) is not shown before that day
  const shown = edge.evidence.filter((e) =>
    state.timeUntil === null ? true : e.eventDate ? e.eventDate <= state.timeUntil : state.showUndated,
  );
  for (const evidence of shown) {
    const item = el('li');
    item.append(el('blockquote', evidence.text));
    const when = evidence.eventDate
      ? `${evidence.eventDate}${evidence.timeText ? ` (${evidence.timeText})` : ''}`
      : evidence.timeText
        ? `"${evidence.timeText}"`
        : '';
    const tags = [
      when,
      evidence.expected ? 'expected' : '',
      evidence.hedged ? 'hedged' : '',
      evidence.negated ? 'negated' : '',
    ]
      .filter(Boolean)
      .join(', ');
    item.append(
      el('cite', `${evidence.articleTitle} (sentence ${evidence.sentenceIndex})${tags ? ` · ${tags}` : ''}`),
    );
    list.append(item);
  }
  if (!shown.length)
    list.append(
      el('li', edge.evidence.length ? '(no evidence up to this day)' : '(no evidence sentences embedded)'),
    );
  panelBody.append(list);
  panel.hidden = false;
}

function clearSelection(): void {
  state.selectedNode = null;
  state.selectedEdge = null;
  panel.hidden = true;
  renderer.refresh({ skipIndexation: true });
}

function selectNode(id: string): void {
  state.selectedNode = id;
  state.selectedEdge = null;
  showNode(id);
  renderer.refresh({ skipIndexation: true });
}

function selectEdge(id: string): void {
  state.selectedEdge = id;
  state.selectedNode = null;
  showEdge(id);
  renderer.refresh({ skipIndexation: true });
}

renderer.on('clickNode', ({ node }) => selectNode(node));
renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
renderer.on('clickStage', () => clearSelection());
$('kg-panel-close').addEventListener('click', () => clearSelection());

// ---- search ----------------------------------------------------------------------------
const search = $<HTMLInputElement>('kg-search');
const options = $('kg-names');
options.append(
  ...data.nodes.map((node) => {
    const option = el('option');
    option.value = node.name;
    return option;
  }),
);

/** Exact name, alias or id (any case) first, then a name starting with, then containing the text. */
function findNode(query: string): string | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const exact = data.nodes.find(
    (node) =>
      node.name.toLowerCase() === q ||
      node.id.toLowerCase() === q ||
      node.aliases.some((a) => a.toLowerCase() === q),
  );
  const found =
    exact ??
    data.nodes.find((node) => node.name.toLowerCase().startsWith(q)) ??
    data.nodes.find((node) => node.name.toLowerCase().includes(q));
  return found ? found.id : null;
}

async function focusNode(id: string): Promise<void> {
  selectNode(id);
  const display = renderer.getNodeDisplayData(id);
  if (!display) return;
  state.cameraMoving = true;
  try {
    await renderer
      .getCamera()
      .animate(
        { x: display.x, y: display.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) },
        { duration: 350 },
      );
  } finally {
    state.cameraMoving = false;
  }
}

function runSearch(): boolean {
  const id = findNode(search.value);
  search.classList.toggle('kg-miss', id === null);
  if (id) void focusNode(id);
  return id !== null;
}
search.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') runSearch();
});
search.addEventListener('change', () => runSearch());

// ---- legend and filters -----------------------------------------------------------------
function checkbox(
  label: string,
  color: string,
  dashed: boolean,
  onToggle: (on: boolean) => void,
  dataKey: string,
) {
  const row = el('label', undefined, 'kg-filter');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = true;
  box.dataset.filter = dataKey;
  box.addEventListener('change', () => {
    onToggle(box.checked);
    renderer.refresh({ skipIndexation: true });
  });
  const swatch = el('span', undefined, dashed ? 'kg-swatch kg-line' : 'kg-swatch');
  swatch.style.background = color;
  row.append(box, swatch, el('span', label));
  return row;
}

const typeCounts = new Map<string, number>();
for (const node of data.nodes) typeCounts.set(node.type, (typeCounts.get(node.type) ?? 0) + 1);
const relationCounts = new Map<string, number>();
for (const edge of data.edges) relationCounts.set(edge.type, (relationCounts.get(edge.type) ?? 0) + 1);

const typeBox = $('kg-types');
for (const [type, count] of [...typeCounts].sort()) {
  typeBox.append(
    checkbox(
      `${type} (${count})`,
      typeColor(type),
      false,
      (on) => (on ? state.hiddenTypes.delete(type) : state.hiddenTypes.add(type)),
      `type:${type}`,
    ),
  );
}
const relationBox = $('kg-relations');
for (const [type, count] of [...relationCounts].sort()) {
  relationBox.append(
    checkbox(
      `${type} (${count})`,
      relationColor(type),
      true,
      (on) => (on ? state.hiddenRelations.delete(type) : state.hiddenRelations.add(type)),
      `relation:${type}`,
    ),
  );
}
const communityToggle = $<HTMLInputElement>('kg-communities');
$('kg-community-count').textContent = `${data.communities} communities`;
communityToggle.addEventListener('change', () => {
  state.communities = communityToggle.checked;
  typeBox.classList.toggle('kg-dim', state.communities);
  renderer.refresh({ skipIndexation: true });
});
$('kg-counts').textContent = `${data.nodes.length} entities · ${data.edges.length} relations`;

// ---- time slider over event dates ----------------------------------------------------------
// The days on which some edge's first event falls, in order; the slider's last step shows all.
const days = [...new Set(data.edges.map((e) => e.firstEventDate).filter((d): d is string => !!d))].sort();
const timeBar = $('kg-time');
const slider = $<HTMLInputElement>('kg-time-slider');
const timeLabel = $('kg-time-label');
const playButton = $<HTMLButtonElement>('kg-time-play');
const undatedBox = $<HTMLInputElement>('kg-time-undated');
const undatedCount = data.edges.filter((e) => !e.firstEventDate).length;
let playing: ReturnType<typeof setInterval> | null = null;

function setTime(step: number): void {
  const at = Math.max(0, Math.min(days.length, step));
  slider.value = String(at);
  state.timeUntil = at >= days.length ? null : days[at];
  const on = data.edges.filter(inTime).length;
  timeLabel.textContent = `${state.timeUntil ? `up to ${state.timeUntil}` : 'all dates'} · ${on} relations`;
  if (state.selectedEdge) showEdge(state.selectedEdge);
  renderer.refresh({ skipIndexation: true });
}

function stopPlaying(): void {
  if (playing) clearInterval(playing);
  playing = null;
  playButton.textContent = '▶';
}

if (days.length > 0) {
  timeBar.hidden = false;
  slider.max = String(days.length);
  undatedBox.parentElement!.lastChild!.textContent = ` undated (${undatedCount})`;
  slider.addEventListener('input', () => {
    stopPlaying();
    setTime(Number(slider.value));
  });
  undatedBox.addEventListener('change', () => {
    state.showUndated = undatedBox.checked;
    setTime(Number(slider.value));
  });
  // playback: from the first day, one step every 0.8 s, up to all dates
  playButton.addEventListener('click', () => {
    if (playing) return stopPlaying();
    if (Number(slider.value) >= days.length) setTime(0);
    playButton.textContent = '⏸';
    playing = setInterval(() => {
      setTime(Number(slider.value) + 1);
      if (Number(slider.value) >= days.length) stopPlaying();
    }, 800);
  });
  setTime(days.length);
}

// ---- test and automation hooks -----------------------------------------------------------
function isShown(id: string): boolean {
  const display = renderer.getNodeDisplayData(id);
  return !!display && !display.hidden;
}

const hooks = {
  ready: false,
  firstDrawMs: 0,
  nodeCount: data.nodes.length,
  edgeCount: data.edges.length,
  state,
  renderedNodeIds: () => graph.nodes().filter(isShown),
  renderedNodeNames: () => graph.nodes().filter(isShown).map(nameOf),
  nodeIdByName: (name: string) => findNode(name),
  /** Where a node is drawn, in CSS pixels relative to the graph container. */
  nodeViewportPosition: (id: string) =>
    renderer.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number }),
  edgeViewportMidpoint: (id: string) => {
    const a = renderer.graphToViewport(graph.getNodeAttributes(graph.source(id)) as { x: number; y: number });
    const b = renderer.graphToViewport(graph.getNodeAttributes(graph.target(id)) as { x: number; y: number });
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  },
  panelText: () => (panel.hidden ? '' : (panelBody.textContent ?? '')),
  selectNode,
  selectEdge,
  /** The slider's days; setDay(i) shows what happened up to days[i] (days.length: everything). */
  days,
  setDay: (i: number) => setTime(i),
  renderedEdgeIds: () => graph.edges().filter((id) => !renderer.getEdgeDisplayData(id)?.hidden),
};
// kg viz --serve only: search, expand and evidence also ask the server (src/viz/client/liveView.ts)
const live = wireLiveView({ data, graph, renderer, nodeById, edgeById, focusNode, selectNode, state });
(window as unknown as { __kg: typeof hooks & { live: typeof live } }).__kg = Object.assign(hooks, { live });

// sigma draws synchronously in its constructor; the next frame is when it is on screen.
requestAnimationFrame(() => {
  hooks.firstDrawMs = Math.round(performance.now());
  hooks.ready = true;
  document.body.dataset.ready = 'true';
});
