import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../graph/cypherFiles.js';
import { loadQueries } from '../query/loadQueries.js';
import type { QueryScript } from '../query/queryScript.js';
import { isReadOnlyCypher } from './isReadOnlyCypher.js';

/** What the live server may run, read once at start: nothing else reaches Neo4j. */
export interface AllowList {
  /** cypher/read/<name>.cypher by name (without .cypher). */
  reads: ReadonlyMap<string, string>;
  /** cypher/queries/ scripts whose statements do not write, by name. */
  queries: ReadonlyMap<string, QueryScript>;
}

export function readAllowList(cypherDir: string = CYPHER_DIR): AllowList {
  const readDir = join(cypherDir, 'read');
  const reads = new Map(
    readdirSync(readDir)
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => [file.replace(/\.cypher$/, ''), readFileSync(join(readDir, file), 'utf8')] as const),
  );
  const queries = new Map(
    loadQueries(join(cypherDir, 'queries'))
      .filter((script) => isReadOnlyCypher(script.statements))
      .map((script) => [script.name, script] as const),
  );
  return { reads, queries };
}
