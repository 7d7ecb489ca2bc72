import type { Argv } from 'yargs';
import { LOCAL_DEFAULTS, type LocalServerOptions } from '../neo4j-local/paths.js';

export interface LocalServerFlags {
  instance: string;
  'bolt-port'?: number;
  'http-port'?: number;
  password?: string;
  heap: string;
  'page-cache': string;
}

/** Flags shared by the `kg neo4j` subcommands. */
export function withLocalServerOptions<T>(yargs: Argv<T>): Argv<T & LocalServerFlags> {
  return yargs
    .option('instance', {
      type: 'string',
      default: LOCAL_DEFAULTS.instance,
      describe: 'Instance name (separate data)',
    })
    .option('bolt-port', {
      type: 'number',
      describe: 'Bolt port (default: the port of a local NEO4J_URI, else 7687)',
    })
    .option('http-port', { type: 'number', describe: 'HTTP port for Neo4j Browser (default 7474)' })
    .option('password', { type: 'string', describe: 'Password of user neo4j (env NEO4J_PASSWORD)' })
    .option('heap', { type: 'string', default: LOCAL_DEFAULTS.heap, describe: 'Max Java heap' })
    .option('page-cache', {
      type: 'string',
      default: LOCAL_DEFAULTS.pageCache,
      describe: 'Page cache size',
    }) as Argv<T & LocalServerFlags>;
}

/** Pure: flags > env (NEO4J_URI's port when it points at this machine, NEO4J_PASSWORD) > defaults. */
export function localServerOptionsFrom(
  flags: LocalServerFlags,
  env: Record<string, string | undefined> = process.env,
): LocalServerOptions {
  return {
    instance: flags.instance,
    boltPort: flags['bolt-port'] ?? localPort(env.NEO4J_URI) ?? LOCAL_DEFAULTS.boltPort,
    httpPort: flags['http-port'] ?? LOCAL_DEFAULTS.httpPort,
    password: flags.password ?? (env.NEO4J_PASSWORD || LOCAL_DEFAULTS.password),
    heap: flags.heap,
    pageCache: flags['page-cache'],
  };
}

function localPort(uri: string | undefined): number | undefined {
  if (!uri) return undefined;
  const match = /^(?:bolt|neo4j):\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/?$/.exec(uri);
  return match ? Number(match[1] ?? 7687) : undefined;
}
