import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway, Row } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { bindParams } from '../../src/query/bindParams.js';
import { formatCell } from '../../src/query/formatCell.js';
import { findQuery, loadQueries } from '../../src/query/loadQueries.js';
import { runQueryScript } from '../../src/query/runQueryScript.js';
import { cleanDatabase, testGateway } from '../support/neo4j.js';
import { graphCounts } from '../support/graphQueries.js';

const queries = loadQueries();
const names = (rows: Row[], column: string) => rows.map((row) => formatCell(row[column]));

describe('cypher/queries on the ingested sample articles (real Neo4j)', () => {
  let gateway: Gateway;
  const tested = new Set<string>();
  /** Runs cypher/queries/<name>.cypher as `kg query` does: --param strings, :param defaults. */
  const run = async (name: string, given: Record<string, string> = {}) => {
    tested.add(name);
    const script = findQuery(queries, name);
    const results = await runQueryScript(gateway, script, bindParams(script, given));
    return results[results.length - 1];
  };

  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-queries-'));
    cpSync('data/articles', dir, { recursive: true });
    const summary = await runIngest([dir], gateway, createArticleExtractor([]), {
      batchSize: 25,
      dryRun: false,
      lexiconFiles: [],
      root: dir,
    });
    expect(summary.articles.new).toBe(5);
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('overview counts labels and relationship types', async () => {
    const rows = await run('overview');
    const count = (kind: string, name: string) => rows.find((r) => r.kind === kind && r.name === name)?.count;
    expect(count('label', 'Article')).toBe(5);
    expect(count('label', 'Entity')).toBeGreaterThan(7);
    expect(count('relationship', 'MENTIONS')).toBeGreaterThan(0);
    expect(count('relationship', 'BID_FOR')).toBeGreaterThan(0);
  });

  it('entity-profile of ByteDance has its rejection of Microsoft (out) and who regulates it (in)', async () => {
    const rows = await run('entity-profile', { entity: 'bytedance' });
    const line = rows.map((r) => `${r.direction} ${r.relation} ${formatCell(r.other)}`);
    expect(line).toContain('out REJECTED Microsoft');
    expect(rows.some((r) => r.direction === 'in')).toBe(true);
    for (const row of rows) expect(row.claims).toBeGreaterThan(0);
  });

  it.each([['TikTok'], ['tiktok'], [' TIKTOK ']])('who-bid-for %j contains Microsoft', async (entity) => {
    expect(names(await run('who-bid-for', { entity }), 'bidder')).toContain('Microsoft');
  });

  it('rejected-bids of ByteDance contains Microsoft, with what it bid for', async () => {
    const rows = await run('rejected-bids', { entity: 'ByteDance' });
    const microsoft = rows.find((r) => formatCell(r.rejected) === 'Microsoft');
    expect(microsoft).toBeDefined();
    expect(microsoft?.bidFor).toContain('TikTok');
  });

  it('partnerships of Oracle include ByteDance or TikTok', async () => {
    const partners = names(await run('partnerships', { entity: 'Oracle' }), 'partner');
    expect(partners.filter((p) => p === 'ByteDance' || p === 'TikTok')).not.toHaveLength(0);
  });

  it('who-regulates TikTok contains Beijing and the Treasury Department', async () => {
    const regulators = names(await run('who-regulates', { entity: 'TikTok' }), 'regulator');
    expect(regulators).toContain('Beijing');
    expect(regulators).toContain('Treasury Department');
  });

  it('shortest-path finds a path of typed entity edges between Walmart and Oracle', async () => {
    const rows = await run('shortest-path', { from: 'Walmart', to: 'Oracle' });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = formatCell(row.path);
      expect(text).toMatch(/^Walmart .* Oracle$/);
      const path = row.path as { segments: { end: { labels: string[] } }[] };
      expect(path.segments).toHaveLength(row.hops as number);
      for (const segment of path.segments) expect(segment.end.labels).toContain('Entity');
    }
  });

  it('shortest-path honours maxHops', async () => {
    const rows = await run('shortest-path', { from: 'Walmart', to: 'Oracle' });
    const shortest = rows[0].hops as number;
    expect(
      await run('shortest-path', { from: 'Walmart', to: 'Oracle', maxHops: String(shortest - 1) }),
    ).toEqual([]);
  });

  it('evidence for ByteDance REJECTED Microsoft gives sentences that name Microsoft', async () => {
    const rows = await run('evidence', { source: 'ByteDance', type: 'rejected', target: 'microsoft' });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(String(row.sentence)).toMatch(/microsoft/i);
  });

  it('disagreements report who leads Oracle: Larry Ellison and Larry Page', async () => {
    const rows = await run('disagreements');
    const leaders = rows
      .filter((r) => r.conflict === 'different subjects' && r.about === 'Oracle' && r.relation === 'LEADS')
      .map((r) => r.subject);
    expect(leaders).toContain('Larry Ellison');
    expect(leaders).toContain('Larry Page');
  });

  it('most-connected lists at most `limit` entities, best first', async () => {
    const rows = await run('most-connected', { limit: '3' });
    expect(rows).toHaveLength(3);
    const neighbours = rows.map((r) => r.neighbours as number);
    expect([...neighbours].sort((a, b) => b - a)).toEqual(neighbours);
    expect(names(rows, 'entity')).toContain('ByteDance');
  });

  it('co-mentioned with Oracle includes TikTok', async () => {
    const rows = await run('co-mentioned', { entity: 'Oracle' });
    expect(names(rows, 'other')).toContain('TikTok');
    expect(names(rows, 'other')).not.toContain('Oracle');
  });

  it('article-contribution lists the claims of one article only', async () => {
    const [first] = await gateway.executeRead('MATCH (a:Article) RETURN a.id AS id ORDER BY id LIMIT 1');
    const rows = await run('article-contribution', { article: String(first.id) });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.article).toBe(first.id);
  });

  it('timeline of ByteDance: its claims, undated last, the words of each time kept', async () => {
    const rows = await run('timeline', { entity: 'ByteDance' });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([formatCell(row.subject), formatCell(row.object)]).toContain('ByteDance');
    // the sample articles have no publication date: relative times ("yesterday") stay words
    expect(rows.some((r) => r.time !== null)).toBe(true);
    const dated = rows.map((r) => r.date !== null);
    expect(dated).toEqual([...dated].sort((a, b) => Number(b) - Number(a)));
  });

  it('between lists dated claims only: none in the undated sample articles', async () => {
    expect(await run('between', { from: '2000-01-01', to: '2030-12-31' })).toEqual([]);
  });

  it('as-of: the sample articles count from the day they were ingested', async () => {
    expect((await run('as-of')).length).toBeGreaterThan(0);
    expect(await run('as-of', { date: '2000-01-01' })).toEqual([]);
  });

  it('treats a parameter value as data: nothing is deleted', async () => {
    const before = await graphCounts(gateway);
    const evil = "x'}) DETACH DELETE n //";
    for (const query of queries) {
      const given = Object.fromEntries(
        query.params.filter((p) => typeof p.defaultValue !== 'number').map((p) => [p.name, evil]),
      );
      const rows = await runQueryScript(gateway, query, bindParams(query, given)).then((r) => r.at(-1) ?? []);
      if (Object.keys(given).length > 0) expect(rows, query.name).toEqual([]);
    }
    expect(await graphCounts(gateway)).toEqual(before);
    expect(before.labels.Entity).toBeGreaterThan(0);
  });

  it('has a test above for every query in cypher/queries/', () => {
    expect([...tested].sort()).toEqual(queries.map((q) => q.name).sort());
  });
});
