import type { Neo4jConfig } from '../config/neo4jConfig.js';
import { BulkRefusedError } from '../errors.js';
import { findLocalInstance } from '../neo4j-local/findLocalInstance.js';
import type { LocalServerOptions } from '../neo4j-local/paths.js';

/**
 * The local instance `kg ingest --bulk` may stop and import into, or one line saying why not: the
 * import writes store files on this machine while the server is stopped, which a remote server, Aura
 * or a container's server (its store lives in the container's volume) does not allow from here.
 */
export function bulkServerFor(
  config: Neo4jConfig,
  flags: { watch: boolean; 'dry-run': boolean },
): LocalServerOptions {
  if (flags.watch)
    throw new BulkRefusedError(
      '--bulk is a one-off first load and cannot --watch: load, then run kg ingest --watch',
    );
  if (flags['dry-run'])
    throw new BulkRefusedError(
      '--bulk writes the database: drop --dry-run, or use kg extract to see what would be written',
    );
  const server = findLocalInstance(config.uri, config.password);
  if (!server) {
    throw new BulkRefusedError(
      `--bulk needs a local database started with kg neo4j start (it stops the server and writes its store files) and ${config.uri} is not one: use kg ingest without --bulk, which works with any server, Docker and Aura included`,
    );
  }
  return server;
}
