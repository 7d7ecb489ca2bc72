import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import louvainModule from 'graphology-communities-louvain';
import { componentsOf } from './componentsOf.js';
import { packBoxes } from './packBoxes.js';
import { spreadLabels, type LabelBox } from './spreadLabels.js';
import type { LaidOutGraph, VizGraph, VizNode } from './vizGraph.js';

// Both packages are CommonJS with an ES-style `export default` in their types: under
// NodeNext the default import is module.exports itself, so unwrap whichever we got.
const cjsDefault = <T>(mod: unknown): T => ((mod as { default?: T }).default ?? mod) as T;
const forceAtlas2 = cjsDefault<typeof forceAtlas2Module.default>(forceAtlas2Module);
const louvain = cjsDefault<typeof louvainModule.default>(louvainModule);

export interface LayoutOptions {
  /** ForceAtlas2 iterations per component; by default fewer as the component grows. */
  iterations?: number;
  /** Seed of the Louvain random walk, so communities are the same on every run. */
  seed?: number;
  /** The drawing area the first view fits the graph into, in CSS pixels (the page's default window). */
  viewport?: { width: number; height: number };
}

/** Label font of the page (13px, weight 600): about this many pixels per character. */
const CHAR_WIDTH = 7.6;
const LABEL_HEIGHT = 16;
/** Typical edge length inside a component, in pixels at the first view. */
const EDGE_LENGTH = 50;
const COMPONENT_GAP = 24;
/** Isolated entities (only drawn with --all) sit in a grid of cells this size. */
const CELL = { height: 22 };

type Box = LabelBox & { id: string; degree: number };

/**
 * Pure and deterministic (same graph, same picture): lays out each connected component on its
 * own (ForceAtlas2 from a golden-angle spiral in id order), spreads its nodes until no two
 * labels overlap when one unit is one pixel, packs the components largest first into rows
 * shaped like `viewport`, and puts the isolated entities in a compact grid below them.
 * Sizes nodes by degree and assigns Louvain communities (seeded).
 */
export function layoutGraph(graph: VizGraph, options: LayoutOptions = {}): LaidOutGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  const components = componentsOf(
    graph.nodes.map((n) => n.id),
    edges.map((e) => [e.source, e.target]),
  );
  const connected = components.filter((c) => c.length > 1);
  const isolated = components
    .filter((c) => c.length === 1)
    .map((c) => byId.get(c[0])!)
    .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name) || cmp(a.id, b.id));
  const shapes = connected.map((ids) => forceComponent(ids, edges, byId, options.iterations));
  // the page's graph area in a 1400 x 900 window, less sigma's padding and the time bar
  const viewport = options.viewport ?? { width: 1088, height: 734 };
  const { position, frame } = fitLabels(
    shapes.map((shape) => toBoxes(shape, byId)),
    isolated,
    viewport,
  );
  const communities = detectCommunities(graph.nodes, edges, options.seed ?? 42);
  return {
    nodes: graph.nodes.map((node) => ({
      ...node,
      x: round(position.get(node.id)!.x),
      // sigma's y axis points up; the packing's rows go down
      y: round(-position.get(node.id)!.y),
      size: nodeSize(node.degree),
      community: communities?.communities[node.id] ?? 0,
    })),
    edges: graph.edges,
    communities: communities ? communities.count : 1,
    // sigma's y axis points up
    frame: { x: [round(frame.left), round(frame.right)], y: [round(-frame.bottom), round(-frame.top)] },
  };
}

/** Rounds of spreading at a smaller scale before giving up (the sample and the large default view need 1-3). */
const FIT_ROUNDS = 12;
/** The best connected nodes whose labels the first view must show, all of them. */
const LABELLED_TOP = 30;

/**
 * Spreads each component until no two labels overlap (at scale 1: one unit one pixel), packs
 * them, and then makes room for the labels of the LABELLED_TOP best connected nodes at the scale
 * the first view will really show (sigma fits the packed picture into the viewport, so with a
 * picture larger than the viewport labels are drawn larger than the layout assumed and overlap):
 * their boxes are made as large as they will be drawn (1/scale in graph units), the components
 * spread again, packed again, until the picture fits at the scale it was spread for. The page
 * labels the best connected first, so these all get theirs; the others where there is room.
 * With --all the grid of isolated entities below the components makes the first view smaller
 * still (the scale taken here is the components' part).
 */
function fitLabels(components: Box[][], isolated: VizNode[], viewport: { width: number; height: number }) {
  const top = new Set(
    components
      .flat()
      .sort((a, b) => b.degree - a.degree || cmp(a.id, b.id))
      .slice(0, LABELLED_TOP)
      .map((b) => b.id),
  );
  let scale = 1;
  for (let round = 0; ; round++) {
    const scaleOf = (b: Box) => (top.has(b.id) ? scale : 1);
    for (const boxes of components) spreadAt(boxes, scaleOf);
    const placed = placeAll(components, isolated, viewport, scale, scaleOf);
    // sigma's fit (stage padding on the shorter side, scaled by the aspect) lands up to 3% below this
    const fitted =
      0.96 *
      Math.min(
        viewport.width / Math.max(1, placed.components.width),
        viewport.height / Math.max(1, placed.components.height),
      );
    if (fitted >= scale || round === FIT_ROUNDS) return placed;
    scale = fitted * 0.97;
  }
}

/** ForceAtlas2 on one component, scaled so that edges are about EDGE_LENGTH long. */
function forceComponent(
  ids: string[],
  edges: VizGraph['edges'],
  byId: Map<string, VizNode>,
  iterations?: number,
): Map<string, { x: number; y: number }> {
  const inside = new Set(ids);
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  const golden = Math.PI * (3 - Math.sqrt(5));
  [...ids].sort().forEach((id, i) => {
    const r = 10 * Math.sqrt(i + 1);
    simple.addNode(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden), size: 1 });
  });
  for (const edge of edges) {
    if (edge.source === edge.target || !inside.has(edge.source) || !inside.has(edge.target)) continue;
    if (simple.hasEdge(edge.source, edge.target)) {
      simple.updateEdgeAttribute(edge.source, edge.target, 'weight', (w: unknown) => (w as number) + 1);
    } else simple.addEdge(edge.source, edge.target, { weight: 1 });
  }
  const n = simple.order;
  if (n > 2) {
    const settings = { ...forceAtlas2.inferSettings(simple), barnesHutOptimize: n > 300 };
    forceAtlas2.assign(simple, {
      iterations: iterations ?? (n > 2000 ? 60 : n > 300 ? 150 : 400),
      settings,
      getEdgeWeight: 'weight',
    });
  }
  const lengths = simple
    .mapEdges((_, __, a, b, pa, pb) => Math.hypot(pa.x - pb.x, pa.y - pb.y))
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] || 1;
  const k = EDGE_LENGTH / median;
  const out = new Map<string, { x: number; y: number }>();
  simple.forEachNode((id, attrs) => out.set(id, { x: attrs.x * k, y: attrs.y * k }));
  void byId;
  return out;
}

function toBoxes(shape: Map<string, { x: number; y: number }>, byId: Map<string, VizNode>): Box[] {
  return [...shape].map(([id, at]) => {
    const node = byId.get(id)!;
    return {
      id,
      degree: node.degree,
      x: at.x,
      y: at.y,
      radius: nodeSize(node.degree),
      width: labelWidth(node.name),
      height: LABEL_HEIGHT,
    };
  });
}

/** Label boxes as large as they are drawn at `scale` pixels per unit (node and font sizes are in pixels). */
const atScale = <T extends LabelBox>(box: T, scale: number): T => ({
  ...box,
  radius: box.radius / scale,
  width: box.width / scale,
  height: box.height / scale,
});

/** Moves the nodes of one component apart until no labels overlap, each label as large as at `scaleOf(box)`. */
function spreadAt(boxes: Box[], scaleOf: (box: Box) => number): void {
  // a component of thousands cannot show every label at once anyway, and spreading it throws
  // its outskirts far out and crowds the core (5,000 nodes: 20 s with 300 rounds): left as is
  if (boxes.length > 1000) return;
  const spread = spreadLabels(
    boxes.map((b) => atScale(b, scaleOf(b))),
    300,
  );
  spread.forEach((b, i) => {
    boxes[i].x = b.x;
    boxes[i].y = b.y;
  });
}

/**
 * Packs the spread components (each label as large as at `scaleOf(box)`, `scale` apart), then the grid of isolated
 * entities below them. Returns the positions, the size of the components' part, and the frame
 * of everything with its labels (what the first view shows).
 */
function placeAll(
  components: Box[][],
  isolated: VizNode[],
  frame: { width: number; height: number },
  scale: number,
  scaleOf: (box: Box) => number,
) {
  const position = new Map<string, { x: number; y: number }>();
  const frames = components.map((boxes) => {
    const e = extent(
      boxes.map((b) => ({ x: b.x, y: b.y })),
      boxes.map((b) => atScale(b, scaleOf(b))),
    );
    return { boxes, e };
  });
  const packed = packBoxes(
    frames.map((f) => ({ width: f.e.width, height: f.e.height })),
    COMPONENT_GAP / scale,
    frame,
  );
  frames.forEach((f, i) => {
    for (const b of f.boxes) {
      position.set(b.id, {
        x: packed.corners[i].x + (b.x - f.e.left),
        y: packed.corners[i].y + (b.y - f.e.top),
      });
    }
  });
  // cells as wide as most names (the longest few are cut by the label layer, not overlapped)
  const widths = isolated.map((n) => labelWidth(n.name)).sort((a, b) => a - b);
  const cell = {
    width: Math.min(260, 24 + (widths[Math.floor(widths.length * 0.9)] ?? 100)),
    height: CELL.height,
  };
  // as many columns as make the grid the frame's shape, and at least as wide as the components
  const shaped = Math.ceil(
    Math.sqrt((isolated.length * cell.height * (frame.width / frame.height)) / cell.width),
  );
  const columns = Math.max(
    1,
    Math.min(isolated.length, Math.max(shaped, Math.floor(packed.width / cell.width))),
  );
  const top = frames.length ? packed.height + (COMPONENT_GAP * 2) / scale : 0;
  isolated.forEach((node, i) => {
    position.set(node.id, {
      x: (i % columns) * cell.width,
      y: top + Math.floor(i / columns) * cell.height,
    });
  });
  const rows = Math.ceil(isolated.length / columns);
  const whole = {
    left: isolated.length ? Math.min(0, -CELL.height / 2) : 0,
    top: frames.length ? 0 : -CELL.height / 2,
    right: Math.max(packed.width, isolated.length ? columns * cell.width : 0),
    bottom: isolated.length ? top + (rows - 0.5) * cell.height : packed.height,
  };
  return { position, components: packed, frame: whole };
}

/** Bounding box of points, or of label boxes when given (their labels included). */
function extent(points: Array<{ x: number; y: number }>, boxes?: LabelBox[]) {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  points.forEach((p, i) => {
    const box = boxes?.[i];
    left = Math.min(left, p.x - (box?.radius ?? 0));
    right = Math.max(right, p.x + (box ? box.radius + box.width : 0));
    top = Math.min(top, p.y - (box ? box.height / 2 : 0));
    bottom = Math.max(bottom, p.y + (box ? box.height / 2 : 0));
  });
  if (!points.length) return { left: 0, top: 0, width: 1, height: 1 };
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}

function detectCommunities(nodes: VizNode[], edges: VizGraph['edges'], seed: number) {
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  nodes.forEach((n) => simple.addNode(n.id));
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    if (simple.hasEdge(edge.source, edge.target)) {
      simple.updateEdgeAttribute(edge.source, edge.target, 'weight', (w: unknown) => (w as number) + 1);
    } else simple.addEdge(edge.source, edge.target, { weight: 1 });
  }
  return simple.size > 0
    ? louvain.detailed(simple, { rng: mulberry32(seed), getEdgeWeight: 'weight' })
    : null;
}

/** About how wide a name is in the page's label font, in pixels. */
export function labelWidth(name: string): number {
  return Math.ceil(name.length * CHAR_WIDTH);
}

/** Node radius in pixels at zoom 1: grows with the square root of the degree. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(28, 4 + 2.5 * Math.sqrt(degree)) * 10) / 10;
}

const round = (v: number) => Math.round(v * 100) / 100;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A small seeded PRNG (public-domain mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
