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
