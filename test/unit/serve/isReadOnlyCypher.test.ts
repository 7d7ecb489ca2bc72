import { describe, expect, it } from 'vitest';
import { isReadOnlyCypher } from '../../../src/serve/isReadOnlyCypher.js';
import { loadQueries } from '../../../src/query/loadQueries.js';
import { readAllowList } from '../../../src/serve/readAllowList.js';

const cases: [string, boolean][] = [
  ['MATCH (e:Entity) RETURN e.name AS name', true],
  ["MATCH (e:Entity) WHERE e.name = 'CREATE' RETURN e // DELETE in a comment", true],
  ['MATCH (e:Entity) RETURN e.name AS `set`', true],
  ['CALL { MATCH (n) RETURN count(n) AS c } RETURN c', true],
  ['MATCH (n) DETACH DELETE n', false],
  ['CREATE (:Entity {id: $id})', false],
  ['MERGE (e:Entity {id: $id}) RETURN e', false],
  ['MATCH (e) SET e.name = $name', false],
  ['MATCH (e) REMOVE e.name', false],
  ['DROP CONSTRAINT entity_id', false],
  ["LOAD CSV FROM 'file:///x.csv' AS row RETURN row", false],
  ['UNWIND [1] AS x FOREACH (i IN [x] | CREATE ())', false],
  ['CALL apoc.create.node(["X"], {}) YIELD node RETURN node', false],
  ['CALL db.labels() YIELD label RETURN label', false],
  ['MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS', false],
];

describe('isReadOnlyCypher', () => {
  it.each(cases)('%s -> %s', (statement, expected) => {
    expect(isReadOnlyCypher([statement])).toBe(expected);
  });

  it('refuses a script when any one statement writes', () => {
    expect(isReadOnlyCypher(['MATCH (n) RETURN n', 'MATCH (n) DELETE n'])).toBe(false);
  });

  it('keeps every library query of cypher/queries/ (none writes) and every cypher/read/ file reads', () => {
    const allow = readAllowList();
    expect([...allow.queries.keys()]).toEqual(loadQueries().map((q) => q.name));
    for (const [name, text] of allow.reads) expect([name, isReadOnlyCypher([text])]).toEqual([name, true]);
  });
});
