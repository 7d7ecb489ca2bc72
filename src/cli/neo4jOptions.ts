import type { Argv } from 'yargs';
import { resolveNeo4jConfig, type Neo4jConfig } from '../config/neo4jConfig.js';

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
    .option('uri', { type: 'string', describe: 'Neo4j URI (env NEO4J_URI, default bolt://127.0.0.1:7687)' })
    .option('username', { type: 'string', describe: 'Neo4j user (env NEO4J_USERNAME, default neo4j)' })
    .option('password', { type: 'string', describe: 'Neo4j password (env NEO4J_PASSWORD)' })
    .option('database', { type: 'string', describe: 'Neo4j database (env NEO4J_DATABASE, default neo4j)' })
    .option('debug', { type: 'boolean', describe: 'Log every Cypher statement and its parameters' }) as Argv<
    T & Neo4jFlags
  >;
}

export function neo4jConfigFrom(flags: Neo4jFlags): Neo4jConfig {
  return resolveNeo4jConfig(process.env, flags);
}
