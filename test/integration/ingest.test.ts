import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import type { IngestOptions, IngestSummary } from '../../src/pipeline/types.js';
import { bindParams } from '../../src/query/bindParams.js';
import { findQuery, loadQueries } from '../../src/query/loadQueries.js';
import { runQueryScript } from '../../src/query/runQueryScript.js';
import { cleanDatabase, testGateway } from '../support/neo4j.js';
import { canonicalEdges, edgesBetween, entitiesNamed, graphCounts } from '../support/graphQueries.js';

const options: IngestOptions = { batchSize: 2, dryRun: false, lexiconFiles: [] };
const extractor = createArticleExtractor([]);

describe('kg ingest into a real Neo4j: the sample articles', () => {
  let gateway: Gateway;
  let dir: string;
  let first: IngestSummary;
  // the first ingest runs in the hook: every test below reads the graph it wrote
  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
    cpSync('data/articles', dir, { recursive: true });
    first = await runIngest([dir], gateway, extractor, { ...options, root: dir });
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('writes every article and reports the counts', () => {
    const summary = first;
    expect(summary.articles).toEqual({ new: 5, updated: 0, skipped: 0, failed: 0 });
    expect(summary.entities).toBeGreaterThan(7);
    expect(summary.claims).toBeGreaterThan(6);
  });

  it.each([
    'ByteDance',
    'Bytedance',
    'Byte Dance',
    'TikTok',
    'Oracle',
    'Microsoft',
    'Walmart',
    'Treasury Department',
    'Beijing',
  ])('has exactly one entity node for %s', async (name) => {
    expect(await entitiesNamed(gateway, name)).toHaveLength(1);
  });

  const bytedance = ['ByteDance'];
  const tiktok = ['TikTok'];
  it.each([
    [['Microsoft'], 'BID_FOR', tiktok],
    [bytedance, 'REJECTED', ['Microsoft']],
    [['Beijing'], 'REGULATES', [...tiktok, ...bytedance]],
    [['Treasury Department'], 'REGULATES', tiktok],
    [bytedance, 'OWNS', tiktok],
  ])('has the edge %j %s %j', async (source, type, target) => {
    expect(await edgesBetween(gateway, source, type, target)).not.toHaveLength(0);
  });

  it('has a PARTNERED_WITH between Oracle and ByteDance or TikTok, in either direction', async () => {
    const forward = await edgesBetween(gateway, ['Oracle'], 'PARTNERED_WITH', [...bytedance, ...tiktok]);
    const backward = await edgesBetween(gateway, [...bytedance, ...tiktok], 'PARTNERED_WITH', ['Oracle']);
    expect(forward.length + backward.length).toBeGreaterThan(0);
  });

  it('returns the evidence sentences and articles of ByteDance REJECTED Microsoft, from more than one article', async () => {
    // run as `kg query evidence` runs it: Browser's `:param` lines removed, parameters bound
    const script = findQuery(loadQueries(), 'evidence');
    const params = bindParams(script, { source: 'ByteDance', type: 'REJECTED', target: 'Microsoft' });
    const rows = (await runQueryScript(gateway, script, params)).at(-1)!;
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.article)).size).toBeGreaterThan(1);
    for (const row of rows) expect(String(row.sentence)).toMatch(/microsoft/i);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const before = { counts: await graphCounts(gateway), edges: await canonicalEdges(gateway) };
    const summary = await runIngest([dir], gateway, extractor, { ...options, root: dir });
    expect(summary.articles).toEqual({ new: 0, updated: 0, skipped: 5, failed: 0 });
    expect({ counts: await graphCounts(gateway), edges: await canonicalEdges(gateway) }).toEqual(before);
  });

  it('updates only what an edited article supports', async () => {
    const before = await canonicalEdges(gateway);
    const file = join(dir, '000_cda0c53e33b3192c.txt');
    const original = readFileSync(file, 'utf8');
    // An added sentence with a new fact about invented companies.
    writeFileSync(file, `${original.trimEnd()}\nQadira Holdings agreed to buy Norvex Systems for $2bn.\n`);
    const summary = await runIngest([dir], gateway, extractor, { ...options, root: dir });
    expect(summary.articles).toEqual({ new: 0, updated: 1, skipped: 4, failed: 0 });
    const after = await canonicalEdges(gateway);
    const added = after.filter((e) => !before.some((b) => JSON.stringify(b) === JSON.stringify(e)));
    expect(added.map((e) => e.type)).toContain('BID_FOR');
    expect(added.every((e) => /qadira|norvex/.test(`${e.source} ${e.target}`))).toBe(true);
    // Restoring the text restores the graph exactly.
    writeFileSync(file, original);
    await runIngest([dir], gateway, extractor, { ...options, root: dir });
    expect(await canonicalEdges(gateway)).toEqual(before);
    expect(await entitiesNamed(gateway, 'Norvex Systems')).toHaveLength(0);
  });

  it('reports a file with bad encoding, skips it, and writes the others', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'newsgraph-broken-'));
    writeFileSync(
      join(broken, 'latin1.txt'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73, 0x0a]),
    );
    writeFileSync(
      join(broken, 'good.txt'),
      'Felder Bank rejected an offer from Qadira Holdings on Monday.\n',
    );
    const summary = await runIngest([broken], gateway, extractor, { ...options, root: broken });
    expect(summary.articles.failed).toBe(1);
    expect(summary.failures[0].source).toContain('latin1.txt');
    expect(summary.articles.new).toBe(1);
    const rows = await gateway.executeRead('MATCH (a:Article {id: $id}) RETURN a.title AS title', {
      id: 'good.txt',
    });
    expect(rows).toHaveLength(1);
  });
});

describe('kg ingest of JSON Lines: a record is re-ingested when any field that reaches the graph changes', () => {
  let gateway: Gateway;
  let dir: string;
  const record = {
    id: 'jl-norvex-1',
    title: 'Qadira Holdings bids for Norvex Systems',
    text: 'Qadira Holdings made an offer for Norvex Systems on Monday.',
    url: 'https://example.com/jl-norvex-1',
    published: '2024-03-01',
  };
  const ingestRecord = async (fields: object) => {
    writeFileSync(join(dir, 'feed.jsonl'), `${JSON.stringify(fields)}\n`);
    return runIngest([dir], gateway, extractor, { ...options, root: dir });
  };
  const stored = async () =>
    (
      await gateway.executeRead('MATCH (a:Article {id: $id}) RETURN a.published AS published, a.url AS url', {
        id: record.id,
      })
    )[0];

  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-jsonl-'));
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it.each<[string, object, IngestSummary['articles'], { published: string; url: string }]>([
    ['first ingest', record, { new: 1, updated: 0, skipped: 0, failed: 0 }, record],
    ['the same record again', record, { new: 0, updated: 0, skipped: 1, failed: 0 }, record],
    // keys in another order and a field newsgraph does not read: the same article
    [
      'the same fields, reordered, with an author',
      { author: 'Ana Ruiz', ...Object.fromEntries(Object.entries(record).reverse()) },
      { new: 0, updated: 0, skipped: 1, failed: 0 },
      record,
    ],
    [
      'published changed',
      { ...record, published: '2024-03-02' },
      { new: 0, updated: 1, skipped: 0, failed: 0 },
      { ...record, published: '2024-03-02' },
    ],
    [
      'url changed',
      { ...record, published: '2024-03-02', url: 'https://example.com/jl-norvex-1?v=2' },
      { new: 0, updated: 1, skipped: 0, failed: 0 },
      { published: '2024-03-02', url: 'https://example.com/jl-norvex-1?v=2' },
    ],
  ])('%s', async (_, fields, articles, expected) => {
    const summary = await ingestRecord(fields);
    expect(summary.articles).toEqual(articles);
    expect(await stored()).toEqual({ published: expected.published, url: expected.url });
  });
});
