import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import louvainModule from 'graphology-communities-louvain';
import type { LaidOutGraph, VizGraph } from './vizGraph.js';

// Both packages are CommonJS with an ES-style `export default` in their types: under
// NodeNext the default import is module.exports itself, so unwrap whichever we got.
const cjsDefault = <T>(mod: unknown): T => ((mod as { default?: T }).default ?? mod) as T;
const forceAtlas2 = cjsDefault<typeof forceAtlas2Module.default>(forceAtlas2Module);
const louvain = cjsDefault<typeof louvainModule.default>(louvainModule);

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer as the graph grows. */
  iterations?: number;
  /** Seed of the Louvain random walk, so communities are the same on every run. */
  seed?: number;
}

/**
 * Pure and deterministic: positions every node with ForceAtlas2 (starting from a
 * golden-angle spiral in id order, so the same graph gives the same picture), sizes
 * nodes by degree and assigns Louvain communities (seeded).
 */
export function layoutGraph(graph: VizGraph, options: LayoutOptions = {}): LaidOutGraph {
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  const order = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const golden = Math.PI * (3 - Math.sqrt(5));
  order.forEach((node, i) => {
    const r = 10 * Math.sqrt(i + 1);
    simple.addNode(node.id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    if (simple.hasEdge(edge.source, edge.target)) {
      simple.updateEdgeAttribute(edge.source, edge.target, 'weight', (w: unknown) => (w as number) + 1);
    } else {
      simple.addEdge(edge.source, edge.target, { weight: 1 });
    }
  }
  const n = simple.order;
  if (n > 1) {
    const iterations = options.iterations ?? (n > 2000 ? 60 : n > 300 ? 150 : 500);
    const settings = { ...forceAtlas2.inferSettings(simple), barnesHutOptimize: n > 300 };
    forceAtlas2.assign(simple, { iterations, settings, getEdgeWeight: 'weight' });
  }
  const communities =
    simple.size > 0
      ? louvain.detailed(simple, { rng: mulberry32(options.seed ?? 42), getEdgeWeight: 'weight' })
      : null;
  return {
    nodes: graph.nodes.map((node) => ({
      ...node,
      x: round(simple.getNodeAttribute(node.id, 'x') as number),
      y: round(simple.getNodeAttribute(node.id, 'y') as number),
      size: nodeSize(node.degree),
      community: communities ? (communities.communities[node.id] ?? 0) : 0,
    })),
    edges: graph.edges,
    communities: communities ? communities.count : 1,
  };
}

/** Node radius in pixels at zoom 1: grows with the square root of the degree. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(28, 4 + 2.5 * Math.sqrt(degree)) * 10) / 10;
}

const round = (v: number) => Math.round(v * 100) / 100;

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
