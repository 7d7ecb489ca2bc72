import type { VizNode } from './vizGraph.js';

/** Pure: an entity as a read query returns it ({id, name, type, aliases}) -> a VizNode with no edges yet. */
export function vizNodeFromRow(row: Record<string, unknown>): VizNode {
  const id = String(row.id);
  return {
    id,
    name: row.name == null ? id : String(row.name),
    type: row.type == null ? 'Organization' : String(row.type),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    degree: 0,
  };
}
