import type { VizEdge } from '../vizGraph.js';

/** What the legend's check boxes hide, and the time slider. */
export interface Filters {
  hiddenTypes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  showHedged: boolean;
  inTime: (edge: VizEdge) => boolean;
}

export interface Counts {
  /** Entities of each type in the view (whatever the type boxes say, so a box shows what it brings back). */
  types: Map<string, number>;
  /** Relations of each type that the other filters let through. */
  relations: Map<string, number>;
  /** Relations whose evidence is all hedged that the other filters let through. */
  hedged: number;
  shownNodes: number;
  shownEdges: number;
}

/** Pure: the live counts of the legend for the entities and relations in the view. */
export function filterCounts(
  nodes: ReadonlyArray<{ type: string }>,
  edges: readonly VizEdge[],
  typeOf: (id: string) => string,
  filters: Filters,
): Counts {
  const types = new Map<string, number>();
  let shownNodes = 0;
  for (const node of nodes) {
    types.set(node.type, (types.get(node.type) ?? 0) + 1);
    if (!filters.hiddenTypes.has(node.type)) shownNodes += 1;
  }
  const relations = new Map<string, number>();
  let hedged = 0;
  let shownEdges = 0;
  for (const edge of edges) {
    if (!filters.inTime(edge)) continue;
    if (filters.hiddenTypes.has(typeOf(edge.source)) || filters.hiddenTypes.has(typeOf(edge.target)))
      continue;
    const relationOn = !filters.hiddenRelations.has(edge.type);
    const hedgeOn = filters.showHedged || !edge.allHedged;
    if (hedgeOn) relations.set(edge.type, (relations.get(edge.type) ?? 0) + 1);
    else relations.set(edge.type, relations.get(edge.type) ?? 0);
    if (relationOn && edge.allHedged) hedged += 1;
    if (relationOn && hedgeOn) shownEdges += 1;
  }
  return { types, relations, hedged, shownNodes, shownEdges };
}
