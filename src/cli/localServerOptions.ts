import type { Argv } from 'yargs';
import { SETTINGS } from '../config/schema.js';
import { LOCAL_DEFAULTS, type LocalServerOptions } from '../neo4j-local/paths.js';
import { settingOption } from './settingOption.js';

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
    .option('instance', settingOption(SETTINGS.instance))
    .option('bolt-port', settingOption(SETTINGS.boltPort))
    .option('http-port', settingOption(SETTINGS.httpPort))
    .option('password', settingOption(SETTINGS.serverPassword))
    .option('heap', settingOption(SETTINGS.heap))
    .option('page-cache', settingOption(SETTINGS.pageCache)) as Argv<T & LocalServerFlags>;
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
    password: flags.password ?? (env[SETTINGS.serverPassword.env] || LOCAL_DEFAULTS.password),
    heap: flags.heap,
    pageCache: flags['page-cache'],
  };
}

function localPort(uri: string | undefined): number | undefined {
  if (!uri) return undefined;
  const match = /^(?:bolt|neo4j):\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/?$/.exec(uri);
  return match ? Number(match[1] ?? 7687) : undefined;
}
