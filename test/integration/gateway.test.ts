import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createGateway, type Gateway } from '../../src/graph/gateway.js';
import { Neo4jAuthError, Neo4jQueryError, Neo4jUnavailableError } from '../../src/errors.js';
import { cleanDatabase, testGateway, testNeo4jConfig } from '../support/neo4j.js';

describe('gateway against a real Neo4j', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('reports a Neo4j 5 server', async () => {
    const info = await gateway.verifyConnectivity();
    expect(info.version).toMatch(/^5\./);
    expect(inject('neo4j').version).toContain(info.version);
  });

  it('creates, reads and deletes a node, all values as parameters', async () => {
    const name = `round-trip ' " } ) // MATCH (n) DETACH DELETE n`;
    await gateway.executeWrite('CREATE (:RoundTrip {name: $name, n: $n})', { name, n: 42 });
    const read = await gateway.executeRead('MATCH (r:RoundTrip) RETURN r.name AS name, r.n AS n, r AS node');
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({
      name,
      n: 42,
      node: { labels: ['RoundTrip'], properties: { name, n: 42 } },
    });
    const deleted = await gateway.executeWrite('MATCH (r:RoundTrip) DELETE r RETURN count(*) AS deleted');
    expect(deleted[0].deleted).toBe(1);
    expect(await gateway.executeRead('MATCH (r:RoundTrip) RETURN r')).toEqual([]);
  });

  it('rolls back every statement of a failed write transaction', async () => {
    await expect(
      gateway.writeTransaction(async (tx) => {
        await tx.run('CREATE (:RoundTrip {name: "half"})');
        await tx.run('RETURN 1/0');
      }),
    ).rejects.toBeInstanceOf(Neo4jQueryError);
    expect(await gateway.executeRead('MATCH (r:RoundTrip) RETURN r')).toEqual([]);
  });

  it('maps a wrong password to a one-line auth error that never shows the password', async () => {
    const config = { ...testNeo4jConfig(), password: 'definitely-wrong-secret' };
    const bad = createGateway(config);
    try {
      const error = await bad.verifyConnectivity().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jAuthError);
      expect((error as Error).message).not.toContain('definitely-wrong-secret');
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).toContain(config.uri);
    } finally {
      await bad.close();
    }
  });

  it('maps no server to a one-line unavailable error naming the URI', async () => {
    const bad = createGateway(
      { ...testNeo4jConfig(), uri: 'bolt://127.0.0.1:1' },
      { connectionTimeout: 2000, maxTransactionRetryTime: 0 },
    );
    try {
      const error = await bad.verifyConnectivity().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jUnavailableError);
      expect((error as Error).message).toContain('bolt://127.0.0.1:1');
      expect((error as Error).message).toContain('kg neo4j start');
    } finally {
      await bad.close();
    }
  });
});
