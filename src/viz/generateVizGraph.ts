import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import { mulberry32 } from './layoutGraph.js';
import { edgeId, type VizEdge, type VizGraph } from './vizGraph.js';

/**
 * Deterministic synthetic graph for scale tests and benchmarks: `nodes` entities
 * and `edges` distinct typed edges with preferential attachment (a few hubs, many
 * leaves, like news graphs), one evidence sentence each.
 */
export function generateVizGraph(nodes: number, edges: number, seed = 7): VizGraph {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const vizNodes = Array.from({ length: nodes }, (_, i) => ({
    id: `gen:${i}`,
    name: `Entity ${i}`,
    type: pick(ENTITY_TYPES) as string,
    aliases: [`E${i}`],
    degree: 0,
  }));
  const ends: number[] = [];
  const seen = new Set<string>();
  const vizEdges: VizEdge[] = [];
  const maxEdges = Math.min(edges, nodes * (nodes - 1) * RELATION_TYPES.length);
  while (vizEdges.length < maxEdges) {
    const s =
      ends.length && rand() < 0.5 ? ends[Math.floor(rand() * ends.length)] : Math.floor(rand() * nodes);
    const t = Math.floor(rand() * nodes);
    if (s === t) continue;
    const type = pick(RELATION_TYPES);
    const id = edgeId(vizNodes[s].id, type, vizNodes[t].id);
    if (seen.has(id)) continue;
    seen.add(id);
    ends.push(s, t);
    vizNodes[s].degree += 1;
    vizNodes[t].degree += 1;
    const hedged = rand() < 0.2;
    vizEdges.push({
      id,
      source: vizNodes[s].id,
      target: vizNodes[t].id,
      type,
      claims: 1,
      sentences: 1,
      articles: 1,
      firstDate: '2020-09-14',
      lastDate: '2020-09-14',
      maxConfidence: hedged ? 0.5 : 0.8,
      allHedged: hedged,
      evidence: [
        {
          text: `${vizNodes[s].name} ${hedged ? 'may have ' : ''}${type.toLowerCase().replace('_', ' ')} ${vizNodes[t].name}.`,
          articleId: `gen-${vizEdges.length % 500}`,
          articleTitle: `Generated article ${vizEdges.length % 500}`,
          sentenceIndex: 1,
          hedged,
          negated: false,
        },
      ],
    });
  }
  return { nodes: vizNodes, edges: vizEdges };
}
