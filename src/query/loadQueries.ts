import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { CYPHER_DIR } from '../graph/cypherFiles.js';
import { parseQueryScript } from './parseQueryScript.js';
import type { QueryScript } from './queryScript.js';

export const QUERIES_DIR = join(CYPHER_DIR, 'queries');

/** Every cypher/queries/*.cypher, parsed, sorted by name. A malformed file is an InputError naming it. */
export function loadQueries(dir: string = QUERIES_DIR): QueryScript[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => parseQueryScript(readFileSync(join(dir, file), 'utf8'), join(dir, file)));
}

/** The query called `name`, or one error line (exit code 2) listing the names there are. */
export function findQuery(queries: readonly QueryScript[], name: string): QueryScript {
  const found = queries.find((q) => q.name === name);
  if (!found) {
    throw new NewsgraphError(
      `unknown query '${name}': expected one of ${queries.map((q) => q.name).join(', ')} (kg query --list describes them)`,
      2,
    );
  }
  return found;
}
