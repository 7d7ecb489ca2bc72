import type { VizEdge } from '../vizGraph.js';
import { relationColor } from './palette.js';

/** sigma's attributes of a typed edge: dashed when all its evidence is hedged, thicker with more claims. */
export function edgeAttributes(edge: VizEdge): Record<string, unknown> {
  return {
    label: edge.type,
    relation: edge.type,
    type: edge.allHedged ? 'dashed' : 'arrow',
    size: Math.min(6, 1 + Math.log2(1 + edge.claims)),
    color: relationColor(edge.type),
  };
}
