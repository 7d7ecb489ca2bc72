import { loadCypher } from './cypherFiles.js';
import type { Gateway } from './gateway.js';

/** True when the database holds no node at all (what a bulk load may overwrite). */
export async function isEmptyDatabase(gateway: Gateway): Promise<boolean> {
  const rows = await gateway.executeRead(loadCypher('read/any-node.cypher'));
  return rows.length === 0;
}
