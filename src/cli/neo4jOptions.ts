import type { Argv } from 'yargs';
import { resolveNeo4jConfig, type Neo4jConfig } from '../config/neo4jConfig.js';
import { SETTINGS } from '../config/schema.js';
import { settingOption } from './settingOption.js';

export interface Neo4jFlags {
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
  debug?: boolean;
}

/** The connection flags every command that talks to Neo4j shares. */
export function withNeo4jOptions<T>(yargs: Argv<T>): Argv<T & Neo4jFlags> {
  return yargs
    .option('uri', settingOption(SETTINGS.uri))
    .option('username', settingOption(SETTINGS.username))
    .option('password', settingOption(SETTINGS.password))
    .option('database', settingOption(SETTINGS.database))
    .option('debug', { type: 'boolean', describe: 'Log every Cypher statement and its parameters' }) as Argv<
    T & Neo4jFlags
  >;
}

export function neo4jConfigFrom(flags: Neo4jFlags): Neo4jConfig {
  return resolveNeo4jConfig(process.env, flags);
}
