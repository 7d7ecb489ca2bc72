import { inject } from 'vitest';
import { createGateway, type Gateway } from '../../src/graph/gateway.js';
import type { Neo4jConfig } from '../../src/config/neo4jConfig.js';

/** The connection the global setup chose (real Neo4j 5). */
export function testNeo4jConfig(): Neo4jConfig {
  const { uri, username, password, database } = inject('neo4j');
  return { uri, username, password, database };
}

export function testGateway(): Gateway {
  return createGateway(testNeo4jConfig());
}

/** Community has one database: integration test files empty it before they start. */
export async function cleanDatabase(gateway: Gateway): Promise<void> {
  await gateway.executeWrite('MATCH (n) DETACH DELETE n');
}

/** The environment a `kg` child process needs to reach the given server (the test's by default). */
export function cliEnv(config: Neo4jConfig = testNeo4jConfig()): Record<string, string> {
  return {
    NEO4J_URI: config.uri,
    NEO4J_USERNAME: config.username,
    NEO4J_PASSWORD: config.password,
    NEO4J_DATABASE: config.database,
  };
}

/** The same connection as CLI flags: `kg viz ... --uri U --username N --password P --database D`. */
export function connectionArgs(config: Neo4jConfig = testNeo4jConfig()): string[] {
  return [
    '--uri',
    config.uri,
    '--username',
    config.username,
    '--password',
    config.password,
    '--database',
    config.database,
  ];
}

/** Every article in the graph: id -> sha256 of what was ingested. */
export async function articleHashes(gateway: Gateway): Promise<Record<string, string>> {
  const rows = await gateway.executeRead('MATCH (a:Article) RETURN a.id AS id, a.sha256 AS sha256');
  return Object.fromEntries(rows.map((r) => [r.id as string, r.sha256 as string]));
}
