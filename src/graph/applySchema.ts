import { loadCypher, splitStatements } from './cypherFiles.js';
import type { Gateway } from './gateway.js';

/** Runs cypher/schema.cypher, one statement per transaction (schema and data cannot mix). Idempotent. */
export async function applySchema(gateway: Gateway): Promise<number> {
  const statements = splitStatements(loadCypher('schema.cypher'));
  for (const statement of statements) await gateway.executeWrite(statement);
  // Wait for the indexes so the first queries are not served by a half-built index.
  await gateway.executeRead('CALL db.awaitIndexes(300)');
  return statements.length;
}
