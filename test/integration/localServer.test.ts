import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/graph/gateway.js';
import { runCli } from '../support/runCli.js';

/**
 * `kg neo4j start && kg neo4j status`, Browser served, and data kept across stop/start:
 * a separate instance on its own ports, so the suite's server is untouched.
 */
const flags = [
  '--instance',
  'persistence-test',
  '--bolt-port',
  '17688',
  '--http-port',
  '17475',
  '--password',
  'persist-pw-1',
];
const config = {
  uri: 'bolt://127.0.0.1:17688',
  username: 'neo4j',
  password: 'persist-pw-1',
  database: 'neo4j',
};

describe('kg neo4j: the local server from Maven Central', () => {
  afterAll(async () => {
    await runCli(['neo4j', 'stop', ...flags]);
  });

  it(
    'starts, reports its version, serves Browser, and keeps data across a restart',
    { timeout: 900_000 },
    async () => {
      const started = await runCli(['neo4j', 'start', ...flags]);
      expect(started.stderr + started.stdout).toMatch(/Neo4j 5\.26\.\d+ community/);
      expect(started.code).toBe(0);

      const status = await runCli(['neo4j', 'status', ...flags]);
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(
        /Neo4j 5\.26\.\d+ community \(persistence-test\) running, pid \d+, bolt:\/\/127\.0\.0\.1:17688/,
      );

      const browser = await fetch('http://127.0.0.1:17475/browser/');
      expect(browser.status).toBe(200);
      expect(await browser.text()).toMatch(/Neo4j Browser/i);

      const marker = `kept-${Date.now()}`;
      let gateway = createGateway(config);
      await gateway.executeWrite('MERGE (:PersistenceProbe {marker: $marker})', { marker });
      await gateway.close();

      const stopped = await runCli(['neo4j', 'stop', ...flags]);
      expect(stopped.stdout).toContain('stopped');
      expect((await runCli(['neo4j', 'status', ...flags])).code).toBe(3);

      expect((await runCli(['neo4j', 'start', ...flags])).code).toBe(0);
      gateway = createGateway(config);
      try {
        const rows = await gateway.executeRead(
          'MATCH (p:PersistenceProbe {marker: $marker}) RETURN count(p) AS n',
          {
            marker,
          },
        );
        expect(rows[0].n).toBe(1);
        await gateway.executeWrite('MATCH (p:PersistenceProbe) DELETE p');
      } finally {
        await gateway.close();
      }
    },
  );
});
