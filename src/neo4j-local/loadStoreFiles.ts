import { importDatabase } from './importDatabase.js';
import type { LocalServerOptions } from './paths.js';
import { startLocalServer, stopLocalServer } from './server.js';

/**
 * A bulk load into a local instance: the import writes store files, so the server must not run.
 * Stops it, runs `neo4j-admin database import full`, and starts it again whether the import
 * succeeded or not (a failed import leaves the database as it was).
 */
export async function loadStoreFiles(
  server: LocalServerOptions,
  database: string,
  importArgs: string[],
  log: (line: string) => void = () => {},
): Promise<void> {
  log(`Stopping Neo4j (${server.instance}) for the import...`);
  await stopLocalServer(server);
  try {
    await importDatabase(server.instance, database, importArgs, log);
  } finally {
    await startLocalServer(server, log);
  }
}
