import { vizNodeFromRow } from './vizNodeFromRow.js';
import type { Row } from '../graph/gateway.js';
import type { CoMention, VizNode } from './vizGraph.js';

/** Co-mentions per entity, and the co-mentioned entities themselves (id, name, type, aliases). */
export interface CoMentions {
  byEntity: Record<string, CoMention[]>;
  nodes: VizNode[];
}

/**
 * Pure: rows of cypher/read/viz-co-mentioned (one per entity: `id`, `others`) -> co-mentions.
 * Every id asked for gets a list, empty when no row came back for it. Co-mentioned entities
 * have degree 0 here: the page knows the degree of those it already holds.
 */
export function rowsToCoMentions(ids: readonly string[], rows: Row[]): CoMentions {
  const byEntity: Record<string, CoMention[]> = Object.fromEntries(ids.map((id) => [id, []]));
  const nodes = new Map<string, VizNode>();
  for (const row of rows) {
    const others = Array.isArray(row.others) ? (row.others as Array<Record<string, unknown>>) : [];
    byEntity[String(row.id)] = others.map((other) => {
      const id = String(other.id);
      if (!nodes.has(id)) nodes.set(id, vizNodeFromRow(other));
      return { id, sentences: Number(other.sentences), articles: Number(other.articles) };
    });
  }
  return { byEntity, nodes: [...nodes.values()] };
}
