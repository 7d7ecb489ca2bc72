import { MultiDirectedGraph } from 'graphology';
import { edgeAttributes } from './edgeAttributes.js';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import type { CoMention, VizEdge, VizNode } from '../vizGraph.js';
import { DashedArrowProgram } from './dashedEdgeProgram.js';
import { filterCounts } from './filterCounts.js';
import type { GraphSource } from './graphSource.js';
import { installLabelLayer } from './labelLayer.js';
import { labelRect } from './labelRects.js';
import './page.css';
import { communityColor, relationColor, typeColor } from './palette.js';
import { noPickingWhileDragging } from './noPickingWhileDragging.js';
import { placeAround } from './placeAround.js';
import { skipBlankClears, type DrawingCalls } from './skipBlankClears.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';

// The page of `kg viz`: draws the graph a GraphSource gives (here the JSON embedded in
// the page, positions computed in Node) with sigma, and wires search (which brings in entities
// not drawn), expand on click, filters with live counts, the time slider and the evidence panel.
// Everything is DOM + WebGL; the network, if any, is the source's business.

/** Draws what `source` gives into the page's #kg-graph and wires the controls; resolves once drawn. */
/** The parts of the running page the live view extends (`kg viz --serve`: liveView.ts). */
export interface StartedPage {
  graph: MultiDirectedGraph;
  renderer: Sigma;
  nodeById: Map<string, VizNode>;
  edgeById: Map<string, VizEdge>;
  focusNode: (id: string) => Promise<void>;
  selectNode: (id: string) => void;
  state: { selectedNode: string | null; selectedEdge: string | null };
  expand: (id: string) => Promise<unknown>;
}

export async function startViz(
  source: GraphSource,
  onStarted?: (page: StartedPage) => unknown,
): Promise<void> {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

  /** Entities and edges in the view: drawn at first, or brought in by search and expand. */
  const graph = new MultiDirectedGraph();
  const nodeById = new Map<string, VizNode & { community?: number }>();
  const edgeById = new Map<string, VizEdge>();
  /** Every typed edge known per entity (drawn or not), filled as neighbours are asked for. */
  const knownEdges = new Map<string, VizEdge[]>();

  function addNode(node: VizNode & { community?: number }, at: { x: number; y: number }): void {
    if (graph.hasNode(node.id)) return;
    nodeById.set(node.id, node);
    graph.addNode(node.id, { x: at.x, y: at.y, size: size(node.degree), label: node.name });
  }

  function addEdge(edge: VizEdge): void {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return;
    edgeById.set(edge.id, edge);
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }

  // same as layoutGraph's nodeSize, for entities brought in later
  const size = (degree: number) => Math.round(Math.min(28, 4 + 2.5 * Math.sqrt(degree)) * 10) / 10;

  const initial = await source.initial();
  const totals = await source.totals();
  for (const node of initial.nodes) addNode(node, node);
  for (const edge of initial.edges) addEdge(edge);

  const state = {
    hiddenRelations: new Set<string>(),
    hiddenTypes: new Set<string>(),
    showHedged: true,
    communities: false,
    selectedNode: null as string | null,
    selectedEdge: null as string | null,
    cameraMoving: false,
    /** Entities brought in as co-mentioned with the selected node: drawn as its neighbours are. */
    coMentioned: new Set<string>(),
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

  const large = graph.order > 1000;
  const container = $('kg-graph');
  // the time bar sits below the graph rather than over it
  if ((await source.eventDays()).length > 0) container.style.bottom = '58px';
  // sigma starts on an empty graph and gets the real one once the first view's box, the label layer
  // and the edge label gate are in place: it processes 23,000 nodes once, not twice
  const renderer = new Sigma(new MultiDirectedGraph(), container, {
    renderEdgeLabels: true,
    // edge hit-testing redraws a picking layer of every edge on pointer moves: too slow at 20k edges
    // (a large graph's relations are still opened from the entity panel)
    enableEdgeEvents: graph.size <= 5000,
    // while the camera moves (drag, wheel, animation), edges are not drawn: without a GPU each
    // WebGL canvas drawn is read back at every frame (docs/viz.md); they are back at the next frame
    hideEdgesOnMove: true,
    hideLabelsOnMove: large,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram, dashed: DashedArrowProgram },
    edgeLabelSize: 11,
    labelSize: 13,
    labelWeight: '600',
    zIndex: true,
    nodeReducer: (id, attrs) => {
      const out = { ...attrs };
      const node = nodeById.get(id)!;
      if (state.hiddenTypes.has(node.type)) return { ...out, hidden: true };
      out.color = state.communities ? communityColor(node.community ?? 0) : typeColor(node.type);
      const focus = state.selectedNode;
      if (focus) {
        if (id === focus) {
          out.highlighted = true;
          out.zIndex = 2;
        } else if (!graph.areNeighbors(id, focus) && !state.coMentioned.has(id)) {
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
        (!state.showHedged && edge.allHedged) ||
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
  // Without a GPU every changed WebGL canvas is read back at every frame: leave blank ones untouched.
  const contexts = (renderer as unknown as { webGLContexts: Record<string, DrawingCalls> }).webGLContexts;
  for (const gl of Object.values(contexts)) skipBlankClears(gl);
  noPickingWhileDragging(renderer);

  // ---- labels: greedy, no two overlapping; the selection and the best connected first -----------
  let byDegree: string[] | null = null;
  graph.on('nodeAdded', () => (byDegree = null));
  function labelPriority(): string[] {
    byDegree ??= graph
      .nodes()
      .sort((a, b) => nodeById.get(b)!.degree - nodeById.get(a)!.degree || (a < b ? -1 : 1));
    const focus = state.selectedNode;
    if (!focus || !graph.hasNode(focus)) return byDegree;
    const co = [...state.coMentioned].filter((id) => graph.hasNode(id));
    const near = new Set([focus, ...graph.neighbors(focus), ...co]);
    return [focus, ...graph.neighbors(focus), ...co, ...byDegree.filter((id) => !near.has(id))];
  }
  const drawnLabels = installLabelLayer(renderer, labelPriority);

  // Edge labels when the zoom allows: zoomed in past the first view, or around a selection.
  // Gated inside the frame, not by setSetting, which re-indexes the whole graph (a 145 ms frame).
  const sigmaFrame = renderer as unknown as { renderEdgeLabels(): unknown };
  const drawEdgeLabels = sigmaFrame.renderEdgeLabels.bind(renderer);
  sigmaFrame.renderEdgeLabels = function renderEdgeLabels() {
    const want =
      renderer.getCamera().ratio < 0.6 || state.selectedNode !== null || state.selectedEdge !== null;
    return want ? drawEdgeLabels() : this;
  };

  // The first view shows the nodes with their labels (the layout spread them for that scale);
  // entities brought in later must not re-frame the picture: the box stays. (sigma normalises
  // positions by the box when it processes the graph, so the box is set first.)
  if (initial.frame) renderer.setCustomBBox(initial.frame);
  renderer.setGraph(graph);
  if (!initial.frame) renderer.setCustomBBox(renderer.getBBox());

  function refresh(): void {
    updateCounts();
    renderer.refresh({ skipIndexation: true });
  }

  // ---- side panel ----------------------------------------------------------------------
  const panel = $('kg-panel');
  const panelBody = $('kg-panel-body');

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  const nameOf = (id: string) => nodeById.get(id)?.name ?? id;

  async function edgesOf(id: string): Promise<VizEdge[]> {
    let edges = knownEdges.get(id);
    if (!edges) {
      const found = await source.neighbours(id);
      for (const node of found.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
      edges = found.edges;
      knownEdges.set(id, edges);
    }
    return edges;
  }

  /** Neighbours of `id` over typed edges that are not in the view yet. */
  async function hiddenNeighbours(id: string): Promise<string[]> {
    const ids = new Set((await edgesOf(id)).flatMap((e) => [e.source, e.target]));
    ids.delete(id);
    return [...ids].filter((other) => !graph.hasNode(other));
  }

  async function showNode(id: string): Promise<void> {
    const node = nodeById.get(id)!;
    const edges = [...(await edgesOf(id))];
    const hidden = await hiddenNeighbours(id);
    const co = await source.coMentioned(id);
    // another node or an edge was chosen while this one's neighbours were being asked for
    if (state.selectedNode !== id) return;
    panelBody.replaceChildren();
    panelBody.append(
      el('h2', node.name),
      el('div', `${node.type} · ${node.id} · degree ${node.degree}`, 'kg-meta'),
    );
    const aliases = node.aliases.filter((alias) => alias !== node.name);
    panelBody.append(el('h3', 'Aliases'));
    panelBody.append(el('div', aliases.length ? aliases.join(', ') : '(none)', 'kg-aliases'));
    if (hidden.length) {
      const more = el('button', `Show ${hidden.length} more neighbour${hidden.length === 1 ? '' : 's'}`);
      more.id = 'kg-expand';
      more.addEventListener('click', () => void expand(id).then(() => showNode(id)));
      panelBody.append(more);
    }
    panelBody.append(el('h3', 'Relations'));
    const list = el('ul', undefined, 'kg-relations');
    edges.sort((a, b) => a.type.localeCompare(b.type) || nameOf(a.target).localeCompare(nameOf(b.target)));
    for (const edge of edges) {
      const item = el('li');
      const link = el('a', `${nameOf(edge.source)} ${edge.type} ${nameOf(edge.target)}`);
      link.href = '#';
      link.dataset.edge = edge.id;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (!graph.hasEdge(edge.id)) void expand(id).then(() => selectEdge(edge.id));
        else selectEdge(edge.id);
      });
      item.append(link, el('span', ` (${edge.claims} claim${edge.claims === 1 ? '' : 's'})`, 'kg-meta'));
      list.append(item);
    }
    if (!edges.length) list.append(el('li', '(none)'));
    panelBody.append(list);
    if (co) appendCoMentioned(id, co);
    panel.hidden = false;
  }

  // ---- "show co-mentioned": named in the same sentences, no typed relation -----------------------
  function appendCoMentioned(id: string, co: { mentions: CoMention[]; nodes: VizNode[] }): void {
    const shown = co.mentions.filter((m) => graph.hasNode(m.id) && state.coMentioned.has(m.id)).length;
    const button = el(
      'button',
      shown === co.mentions.length && shown > 0
        ? `${shown} co-mentioned shown`
        : `Show co-mentioned (${co.mentions.length})`,
    );
    button.id = 'kg-co-mentioned';
    button.disabled = co.mentions.length === 0 || shown === co.mentions.length;
    button.title = 'Entities named in the same sentences, with no typed relation to this one';
    button.addEventListener('click', () => void showCoMentioned(id, co).then(() => showNode(id)));
    panelBody.append(el('h3', 'Co-mentioned (same sentences, no typed relation)'), button);
    const list = el('ul', undefined, 'kg-co-mentions');
    const names = new Map(co.nodes.map((n) => [n.id, n.name]));
    for (const mention of co.mentions) {
      const item = el('li');
      const link = el('a', nodeById.get(mention.id)?.name ?? names.get(mention.id) ?? mention.id);
      link.href = '#';
      link.dataset.node = mention.id;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        void showCoMentioned(id, co).then(() => focusNode(mention.id));
      });
      item.append(
        link,
        el(
          'span',
          ` · ${mention.sentences} sentence${mention.sentences === 1 ? '' : 's'} in ${mention.articles} article${mention.articles === 1 ? '' : 's'}`,
          'kg-meta',
        ),
      );
      list.append(item);
    }
    if (!co.mentions.length) list.append(el('li', '(none)'));
    panelBody.append(list);
  }

  /** Brings the co-mentioned entities of `id` into the view on a ring around it; returns how many came in. */
  async function showCoMentioned(
    id: string,
    co: { mentions: CoMention[]; nodes: VizNode[] },
  ): Promise<number> {
    const given = new Map(co.nodes.map((n) => [n.id, n]));
    const hidden = co.mentions
      .map((m) => m.id)
      .filter((other) => !graph.hasNode(other) && (nodeById.has(other) || given.has(other)));
    for (const m of co.mentions) state.coMentioned.add(m.id);
    const at = graph.getNodeAttributes(id) as { x: number; y: number };
    const px = pixelsPerUnit();
    const spots = placeAround(at, hidden.length, 34 / px, 110 / px, Math.PI / 7);
    hidden.forEach((other, i) => addNode(nodeById.get(other) ?? given.get(other)!, spots[i]));
    // typed edges the page already knows between the newcomers and the view
    for (const other of hidden) for (const edge of knownEdges.get(other) ?? []) addEdge(edge);
    renderer.refresh();
    refresh();
    return hidden.length;
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
        el(
          'cite',
          `${evidence.articleTitle} (sentence ${evidence.sentenceIndex})${tags ? ` · ${tags}` : ''}`,
        ),
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
    state.coMentioned.clear();
    state.selectedNode = null;
    state.selectedEdge = null;
    panel.hidden = true;
    refresh();
  }

  async function selectNode(id: string): Promise<void> {
    if (state.selectedNode !== id) state.coMentioned.clear();
    state.selectedNode = id;
    state.selectedEdge = null;
    refresh();
    await showNode(id);
  }

  function selectEdge(id: string): void {
    state.coMentioned.clear();
    state.selectedEdge = id;
    state.selectedNode = null;
    showEdge(id);
    refresh();
  }

  /** Screen pixels per graph unit at the current zoom: rings are sized on screen, where labels live. */
  function pixelsPerUnit(): number {
    const a = renderer.graphToViewport({ x: 0, y: 0 });
    const b = renderer.graphToViewport({ x: 100, y: 0 });
    return Math.max(1e-6, Math.hypot(b.x - a.x, b.y - a.y) / 100);
  }

  // ---- expand: a node's hidden neighbours appear on a ring around it ----------------------------
  /** At most this many neighbours come in per click; the panel offers the rest. */
  const EXPAND_STEP = 30;

  async function expand(id: string): Promise<number> {
    const hidden = (await hiddenNeighbours(id)).slice(0, EXPAND_STEP);
    if (!hidden.length) return 0;
    const at = graph.getNodeAttributes(id) as { x: number; y: number };
    const px = pixelsPerUnit();
    const spots = placeAround(at, hidden.length, 34 / px, 90 / px);
    hidden.forEach((other, i) => addNode(nodeById.get(other)!, spots[i]));
    for (const edge of await edgesOf(id)) addEdge(edge);
    // edges among the newcomers and to the rest of the view
    for (const other of hidden) for (const edge of await edgesOf(other)) addEdge(edge);
    renderer.refresh();
    refresh();
    return hidden.length;
  }

  renderer.on('clickNode', ({ node }) => {
    void selectNode(node).then(() => expand(node).then((n) => (n ? showNode(node) : undefined)));
  });
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  renderer.on('clickStage', () => clearSelection());
  $('kg-panel-close').addEventListener('click', () => clearSelection());

  // ---- search: finds any entity the source knows, and brings it in ------------------------------
  const search = $<HTMLInputElement>('kg-search');
  const results = $('kg-results');

  /** Brings an entity into the view: next to a neighbour already drawn, else where the camera looks. */
  async function bringIn(node: VizNode): Promise<void> {
    if (graph.hasNode(node.id)) return;
    const edges = await edgesOf(node.id);
    const anchor = edges
      .map((e) => (e.source === node.id ? e.target : e.source))
      .find((n) => graph.hasNode(n));
    let at: { x: number; y: number };
    if (anchor) {
      const a = graph.getNodeAttributes(anchor) as { x: number; y: number };
      const px = pixelsPerUnit();
      at = placeAround(a, 1, 34 / px, 90 / px, Math.PI / 4 + graph.degree(anchor))[0];
    } else {
      const box = container.getBoundingClientRect();
      at = renderer.viewportToGraph({ x: box.width / 2, y: box.height / 2 });
    }
    addNode(node, at);
    for (const edge of edges) addEdge(edge);
    renderer.refresh();
  }

  async function focusNode(id: string): Promise<void> {
    state.cameraMoving = true;
    try {
      await selectNode(id);
      const display = renderer.getNodeDisplayData(id);
      if (!display) return;
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

  async function choose(node: VizNode): Promise<void> {
    results.replaceChildren();
    state.cameraMoving = true;
    try {
      await bringIn(node);
    } finally {
      state.cameraMoving = false;
    }
    await focusNode(node.id);
  }

  async function runSearch(): Promise<boolean> {
    const [found] = await source.search(search.value, 1);
    search.classList.toggle('kg-miss', !found);
    if (found) await choose(found);
    return !!found;
  }

  search.addEventListener('input', () => {
    void source.search(search.value, 12).then((list) => {
      results.replaceChildren(
        ...list.map((node) => {
          const item = el('li', undefined, graph.hasNode(node.id) ? '' : 'kg-undrawn');
          item.append(el('span', node.name), el('span', ` ${node.type} · ${node.degree}`, 'kg-meta'));
          item.addEventListener('mousedown', (event) => {
            event.preventDefault();
            search.value = node.name;
            void choose(node);
          });
          return item;
        }),
      );
    });
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      state.cameraMoving = true;
      void runSearch().finally(() => {
        results.replaceChildren();
      });
    }
    if (event.key === 'Escape') results.replaceChildren();
  });
  search.addEventListener('blur', () => results.replaceChildren());

  // ---- legend and filters, with live counts ------------------------------------------------------
  function checkbox(
    label: string,
    color: string,
    dashed: boolean,
    onToggle: (on: boolean) => void,
    key: string,
  ) {
    const row = el('label', undefined, 'kg-filter');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.filter = key;
    box.addEventListener('change', () => {
      onToggle(box.checked);
      refresh();
    });
    const swatch = el('span', undefined, dashed ? 'kg-swatch kg-line' : 'kg-swatch');
    if (color) swatch.style.background = color;
    const text = el('span', label);
    const count = el('span', '', 'kg-count');
    count.dataset.count = key;
    row.append(box, swatch, text, count);
    return row;
  }

  const allTypes = [...new Set<string>([...ENTITY_TYPES, ...initial.nodes.map((n) => n.type)])].sort();
  const typeBox = $('kg-types');
  for (const type of allTypes) {
    typeBox.append(
      checkbox(
        type,
        typeColor(type),
        false,
        (on) => (on ? state.hiddenTypes.delete(type) : state.hiddenTypes.add(type)),
        `type:${type}`,
      ),
    );
  }
  const relationBox = $('kg-relations');
  for (const type of [...RELATION_TYPES].sort()) {
    relationBox.append(
      checkbox(
        type,
        relationColor(type),
        true,
        (on) => (on ? state.hiddenRelations.delete(type) : state.hiddenRelations.add(type)),
        `relation:${type}`,
      ),
    );
  }
  relationBox.append(checkbox('hedged', '', true, (on) => (state.showHedged = on), 'hedged'));

  function currentCounts() {
    return filterCounts(
      graph.nodes().map((id) => nodeById.get(id)!),
      graph.edges().map((id) => edgeById.get(id)!),
      (id) => nodeById.get(id)!.type,
      {
        hiddenTypes: state.hiddenTypes,
        hiddenRelations: state.hiddenRelations,
        showHedged: state.showHedged,
        inTime,
      },
    );
  }

  function updateCounts(): void {
    const counts = currentCounts();
    const set = (key: string, n: number) => {
      const span = document.querySelector<HTMLElement>(`[data-count="${CSS.escape(key)}"]`);
      if (span) span.textContent = ` (${n})`;
    };
    for (const type of allTypes) set(`type:${type}`, counts.types.get(type) ?? 0);
    for (const type of RELATION_TYPES) set(`relation:${type}`, counts.relations.get(type) ?? 0);
    set('hedged', counts.hedged);
    $('kg-counts').textContent =
      `showing ${counts.shownNodes} of ${totals.nodes} entities · ${counts.shownEdges} of ${totals.edges} relations`;
  }

  const communityToggle = $<HTMLInputElement>('kg-communities');
  $('kg-community-count').textContent = `${initial.communities} communities`;
  communityToggle.addEventListener('change', () => {
    state.communities = communityToggle.checked;
    typeBox.classList.toggle('kg-dim', state.communities);
    refresh();
  });

  // ---- time slider over event dates ----------------------------------------------------------
  // The days on which some edge's first event falls, in order; the slider's last step shows all.
  const days = await source.eventDays();
  const timeBar = $('kg-time');
  const slider = $<HTMLInputElement>('kg-time-slider');
  const timeLabel = $('kg-time-label');
  const playButton = $<HTMLButtonElement>('kg-time-play');
  const undatedBox = $<HTMLInputElement>('kg-time-undated');
  let playing: ReturnType<typeof setInterval> | null = null;

  function setTime(step: number): void {
    const at = Math.max(0, Math.min(days.length, step));
    slider.value = String(at);
    state.timeUntil = at >= days.length ? null : days[at];
    const on = graph.edges().filter((id) => inTime(edgeById.get(id)!)).length;
    timeLabel.textContent = `${state.timeUntil ? `up to ${state.timeUntil}` : 'all dates'} · ${on} relations`;
    undatedBox.parentElement!.lastChild!.textContent = ` undated (${graph.edges().filter((id) => !edgeById.get(id)!.firstEventDate).length})`;
    if (state.selectedEdge) showEdge(state.selectedEdge);
    refresh();
  }

  function stopPlaying(): void {
    if (playing) clearInterval(playing);
    playing = null;
    playButton.textContent = '▶';
  }

  if (days.length > 0) {
    timeBar.hidden = false;
    slider.max = String(days.length);
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
  } else updateCounts();

  // ---- test and automation hooks -----------------------------------------------------------
  function isShown(id: string): boolean {
    const display = renderer.getNodeDisplayData(id);
    return !!display && !display.hidden;
  }

  /** Label boxes from sigma's own record of the labels it drew (getNodeDisplayedLabels), measured anew. */
  function labelBoxes() {
    const context = document.createElement('canvas').getContext('2d')!;
    const fontSize = renderer.getSetting('labelSize');
    context.font = `${renderer.getSetting('labelWeight')} ${fontSize}px ${renderer.getSetting('labelFont')}`;
    return [...renderer.getNodeDisplayedLabels()].map((id) => {
      const display = renderer.getNodeDisplayData(id)!;
      const at = renderer.framedGraphToViewport(display);
      const label = display.label ?? '';
      const rect = labelRect(
        at.x,
        at.y,
        renderer.scaleSize(display.size),
        context.measureText(label).width,
        fontSize,
      );
      return { id, label, ...rect };
    });
  }

  const hooks = {
    ready: false,
    firstDrawMs: 0,
    nodeCount: graph.order,
    edgeCount: graph.size,
    state,
    renderedNodeIds: () => graph.nodes().filter(isShown),
    renderedNodeNames: () => graph.nodes().filter(isShown).map(nameOf),
    /** Any entity the source knows (drawn or not), by exact name, alias or id first. */
    nodeIdByName: async (name: string) => {
      const [found] = await source.search(name, 1);
      return found && found.name.toLowerCase() === name.toLowerCase() ? found.id : null;
    },
    /** Where a node is drawn, in CSS pixels relative to the graph container. */
    nodeViewportPosition: (id: string) =>
      renderer.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number }),
    edgeViewportMidpoint: (id: string) => {
      const a = renderer.graphToViewport(
        graph.getNodeAttributes(graph.source(id)) as { x: number; y: number },
      );
      const b = renderer.graphToViewport(
        graph.getNodeAttributes(graph.target(id)) as { x: number; y: number },
      );
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    },
    panelText: () => (panel.hidden ? '' : (panelBody.textContent ?? '')),
    selectNode: (id: string) => void selectNode(id),
    selectEdge,
    expand,
    /** The slider's days; setDay(i) shows what happened up to days[i] (days.length: everything). */
    days,
    setDay: (i: number) => setTime(i),
    renderedEdgeIds: () => graph.edges().filter((id) => !renderer.getEdgeDisplayData(id)?.hidden),
    labelBoxes,
    /** The rects the label layer drew in the last frame (its own bookkeeping). */
    drawnLabelIds: () => [...drawnLabels().keys()],
    counts: () => {
      const c = currentCounts();
      return { ...c, types: Object.fromEntries(c.types), relations: Object.fromEntries(c.relations) };
    },
    renderer,
  };
  const extension = onStarted?.({
    graph,
    renderer,
    nodeById,
    edgeById,
    focusNode,
    selectNode: (id) => void selectNode(id),
    state,
    expand,
  });
  (window as unknown as { __kg: typeof hooks & { live: unknown } }).__kg = Object.assign(hooks, {
    live: extension ?? null,
  });

  // sigma draws synchronously in its constructor; the next frame is when it is on screen.
  requestAnimationFrame(() => {
    hooks.firstDrawMs = Math.round(performance.now());
    hooks.ready = true;
    document.body.dataset.ready = 'true';
  });
}
