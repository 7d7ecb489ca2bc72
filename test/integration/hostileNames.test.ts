import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/types.js';
import { HOSTILE_NAMES } from '../support/hostileNames.js';
import { cleanDatabase, testGateway } from '../support/neo4j.js';

// Names with quotes, backticks, braces and Cypher keywords, from a --lexicon file, ingested into the
// real Neo4j: they are stored verbatim as data, and nothing else is created, relabelled or deleted.
// FetchedUrl: the HTTP validators kept per URL (its uniqueness constraint keeps the label listed)
const GRAPH_LABELS = ['Article', 'Sentence', 'Entity', 'Claim', 'FetchedUrl', ...ENTITY_TYPES];
const GRAPH_TYPES = ['HAS_SENTENCE', 'NEXT', 'MENTIONS', 'ASSERTS', 'SUBJECT', 'OBJECT', ...RELATION_TYPES];

describe('hostile entity names in a real Neo4j', () => {
  let gateway: Gateway;
  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    await gateway.executeWrite('CREATE (:Canary {name: $name})', { name: 'must survive' });
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('stores each name verbatim and creates only allow-listed labels and types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
    const lexicon = join(dir, 'hostile.tsv');
    writeFileSync(lexicon, HOSTILE_NAMES.map((name) => `Organization\t${name}\n`).join(''));
    const text = [
      'Hostile names',
      ...HOSTILE_NAMES.map((n) => `${n} has rejected a takeover offer from Oracle.`),
    ];
    writeFileSync(join(dir, 'hostile.txt'), `${text.join('\n')}\n`);

    const summary = await runIngest([join(dir, 'hostile.txt')], gateway, createArticleExtractor([lexicon]), {
      batchSize: 5,
      dryRun: false,
      lexiconFiles: [lexicon],
      root: dir,
    });
    expect(summary.failures).toEqual([]);

    for (const name of HOSTILE_NAMES) {
      const rows = await gateway.executeRead(
        'MATCH (e:Entity:Organization {name: $name}) RETURN count(e) AS n',
        { name },
      );
      expect(rows[0].n, name).toBe(1);
    }
    const rejected = await gateway.executeRead(
      'MATCH (:Entity)-[r:REJECTED]->(:Entity) RETURN count(r) AS n',
    );
    expect(rejected[0].n).toBeGreaterThan(0);
    const labels = await gateway.executeRead('CALL db.labels() YIELD label RETURN collect(label) AS all');
    const types = await gateway.executeRead(
      'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS all',
    );
    // only labels and types that exist in the data are listed once the store has been cleaned before
    for (const label of labels[0].all as string[]) expect([...GRAPH_LABELS, 'Canary']).toContain(label);
    for (const type of types[0].all as string[]) expect(GRAPH_TYPES).toContain(type);
    const canary = await gateway.executeRead('MATCH (c:Canary) RETURN c.name AS name');
    expect(canary).toEqual([{ name: 'must survive' }]);
    console.log(`hostile names: ${HOSTILE_NAMES.length} names stored verbatim; labels ${labels[0].all}`);
  }, 600_000);
});
