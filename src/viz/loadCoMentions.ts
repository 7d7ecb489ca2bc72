import { loadCypher } from '../graph/cypherFiles.js';
import type { Gateway } from '../graph/gateway.js';
import { RELATION_TYPES } from '../types.js';
import { rowsToCoMentions, type CoMentions } from './rowsToCoMentions.js';

/** I/O: the co-mentions of `ids` (at most `perEntity` each), 500 entities per query. */
export async function loadCoMentions(
  gateway: Gateway,
  ids: readonly string[],
  perEntity: number,
): Promise<CoMentions> {
  const rows = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...(await gateway.executeRead(loadCypher('read/viz-co-mentioned.cypher'), {
        ids: ids.slice(i, i + 500),
        types: [...RELATION_TYPES],
        perEntity,
      })),
    );
  }
  return rowsToCoMentions(ids, rows);
}
