import { afterAll, describe, expect, inject, it } from 'vitest';
import { testGateway } from '../support/neo4j.js';

/**
 * APOC core on the suite's Neo4j, whichever globalSetup chose: in CI the registry-free Docker image
 * started by testcontainers with NEO4J_PLUGINS='["apoc"]', elsewhere the `kg neo4j start` test
 * instance, whose plugins/ holds it (localServer.test.ts checks a second local instance too).
 */
describe(`APOC core on the suite's Neo4j (${inject('neo4j').source})`, () => {
  const gateway = testGateway();
  afterAll(() => gateway.close());

  // [Cypher, what it must answer]: a function, one that needs apoc-common's classes, a procedure
  it.each<[string, unknown]>([
    ['RETURN apoc.version() AS v', expect.stringMatching(/^5\.26\.\d+$/)],
    ["RETURN apoc.text.join(['Norvex', 'Qadira'], ' + ') AS v", 'Norvex + Qadira'],
    ["CALL apoc.help('apoc.coll') YIELD name RETURN count(name) > 10 AS v", true],
  ])('%s', async (cypher, expected) => {
    const [row] = await gateway.executeRead(cypher);
    expect(row.v).toEqual(expected);
  });
});
