import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import type { ArticleExtractor } from '../../src/pipeline/articleExtractor.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import type { IngestSummary } from '../../src/pipeline/types.js';
import { cleanDatabase, testGateway, testNeo4jConfig } from '../support/neo4j.js';
import { rssFeed, startNewsServer, type NewsServer } from '../support/newsServer.js';
import { runCli } from '../support/runCli.js';

const BUYERS = ['Norvex', 'Qadira Systems', 'Halden Capital', 'Sundby Mobile', 'Lumora Group'];
const TARGETS = ['Brisa Labs', 'Ostrel Foods', 'Varn Logistics', 'Calder Print', 'Mirelle Bank'];
const PEOPLE = ['Ana Ruiz', 'Tomas Feld', 'Ilse Varga', 'Mateo Brandt', 'Oskar Lind'];

/** Fifty invented stories: item n names one buyer, one target and one chief executive. */
function story(n: number, extra = ''): { n: number; title: string; body: string } {
  const buyer = BUYERS[n % 5];
  const target = TARGETS[Math.floor(n / 5) % 5];
  const person = PEOPLE[Math.floor(n / 25) + (n % 3)];
  return {
    n,
    title: `${buyer} agrees to buy ${target} (deal ${n})`,
    body:
      `<p>${buyer} said on Tuesday that it had agreed to buy ${target} for ${100 + n} million euros.</p>` +
      `<p>${person}, chief executive of ${buyer}, said the deal would close next year.</p>${extra}`,
  };
}

/** Counts the articles handed to extraction: "no article re-extracted" is measured, not inferred. */
function countingExtractor(inner: ArticleExtractor, extracted: string[]): ArticleExtractor {
  return {
    extract: (article) => inner.extract(article),
    extractMany: (articles) => {
      extracted.push(...articles.map((a) => a.id));
      return inner.extractMany(articles);
    },
  };
}

/** Must show (issue 17): a feed of 50 items from a local HTTP server into a real Neo4j, polled twice. */
describe('a 50-item feed ingested by URL, then polled again', () => {
  let gateway: Gateway;
  let server: NewsServer;
  const items = Array.from({ length: 50 }, (_, n) => story(n + 1));
  const base = 'https://wire.example';
  const inner = createArticleExtractor([]);

  const poll = async (extracted: string[]): Promise<IngestSummary> =>
    runIngest([server.url('/feed.xml')], gateway, countingExtractor(inner, extracted), {
      batchSize: 10,
      dryRun: false,
      lexiconFiles: [],
    });
  const ingestedAt = async (): Promise<Map<string, string>> => {
    const rows = await gateway.executeRead(
      'MATCH (a:Article) WHERE a.id STARTS WITH $base RETURN a.id AS id, toString(a.ingestedAt) AS at',
      { base },
    );
    return new Map(rows.map((r) => [r.id as string, r.at as string]));
  };
  const feedRequests = () => server.log.filter((r) => r.path === '/feed.xml');

  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    server = await startNewsServer({
      '/feed.xml': { type: 'application/rss+xml; charset=utf-8', body: rssFeed(items, base), etag: true },
    });
  });
  afterAll(async () => {
    await server.close();
    await cleanDatabase(gateway);
    await gateway.close();
  });

  let first: IngestSummary;
  let before: Map<string, string>;

  it('first poll: 50 new articles, each with its link, date, author and publisher', async () => {
    const extracted: string[] = [];
    first = await poll(extracted);
    expect(first.articles).toEqual({ new: 50, updated: 0, skipped: 0, failed: 0 });
    expect(first.urls).toEqual({ fetched: 1, notModified: 0 });
    expect(extracted).toHaveLength(50);
    expect(feedRequests()).toHaveLength(1);
    expect(feedRequests()[0].status).toBe(200);
    expect(feedRequests()[0].headers['if-none-match']).toBeUndefined();
    expect(feedRequests()[0].headers['user-agent']).toMatch(/^newsgraph\//);
    const [row] = await gateway.executeRead(
      `MATCH (a:Article {id: $id}) RETURN a.url AS url, a.published AS published, a.authors AS authors,
         a.publisher AS publisher, a.path AS path, a.title AS title`,
      { id: `${base}/story-7` },
    );
    expect(row).toEqual({
      url: `${base}/story-7`,
      published: '2025-01-08T09:00:00Z',
      authors: ['Ana Ruiz'],
      publisher: 'Meridian Wire',
      path: server.url('/feed.xml'),
      title: items[6].title,
    });
    const [kept] = await gateway.executeRead('MATCH (u:FetchedUrl {url: $url}) RETURN u.etag AS etag', {
      url: server.url('/feed.xml'),
    });
    expect(kept.etag).toMatch(/^"[0-9a-f]{16}"$/);
    before = await ingestedAt();
    expect(before.size).toBe(50);
  });

  it('second poll, nothing changed: the server answers 304 and no article is read or re-extracted', async () => {
    const extracted: string[] = [];
    const summary = await poll(extracted);
    expect(summary.articles).toEqual({ new: 0, updated: 0, skipped: 0, failed: 0 });
    expect(summary.urls).toEqual({ fetched: 0, notModified: 1 });
    expect(extracted).toEqual([]);
    const last = feedRequests().at(-1)!;
    expect(feedRequests()).toHaveLength(2);
    expect(last.status).toBe(304);
    expect(last.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    expect(last.headers['if-modified-since']).toBe('Tue, 04 Mar 2025 09:30:00 GMT');
    expect(await ingestedAt()).toEqual(before);
  });

  it('third poll, one item changed: exactly that article is re-extracted and updated', async () => {
    const changed = [...items];
    changed[16] = story(17, '<p>Regulators in Borland said they would review the purchase.</p>');
    server.routes.set('/feed.xml', {
      type: 'application/rss+xml; charset=utf-8',
      body: rssFeed(changed, base),
      etag: true,
    });
    const extracted: string[] = [];
    const summary = await poll(extracted);
    expect(summary.articles).toEqual({ new: 0, updated: 1, skipped: 49, failed: 0 });
    expect(summary.urls).toEqual({ fetched: 1, notModified: 0 });
    expect(extracted).toEqual([`${base}/story-17`]);
    expect(feedRequests().at(-1)!.status).toBe(200);
    const after = await ingestedAt();
    const moved = [...after].filter(([id, at]) => before.get(id) !== at).map(([id]) => id);
    expect(moved).toEqual([`${base}/story-17`]);
    const [row] = await gateway.executeRead(
      `MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(s:Sentence) WHERE s.text CONTAINS 'review the purchase'
       RETURN count(s) AS n`,
      { id: `${base}/story-17` },
    );
    expect(Number(row.n)).toBe(1);
    // and the changed feed's new validators are kept: the next poll is a 304 again
    const again = await poll([]);
    expect(again.urls).toEqual({ fetched: 0, notModified: 1 });
  });
});

describe('a feed with a failed item keeps no validators: the next poll reads it whole again', () => {
  let gateway: Gateway;
  let server: NewsServer;
  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    // item 2 has neither content nor a description: it fails, and must not be hidden by a later 304
    const items = rssFeed([story(1), story(2)], 'https://partly.example').split('<item>');
    items[2] = items[2].replace(/<description>[\s\S]*<\/content:encoded>/, '');
    const body = items.join('<item>');
    server = await startNewsServer({ '/partly.xml': { type: 'application/rss+xml', body, etag: true } });
  });
  afterAll(async () => {
    await server.close();
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('sends no If-None-Match after a run in which one of its items failed', async () => {
    const ingest = () =>
      runIngest([server.url('/partly.xml')], gateway, createArticleExtractor([]), {
        batchSize: 10,
        dryRun: false,
        lexiconFiles: [],
      });
    const first = await ingest();
    expect(first.articles).toEqual({ new: 1, updated: 0, skipped: 0, failed: 1 });
    expect(first.failures.map((f) => f.reason)).toEqual(['item has no content, description or summary']);
    const kept = await gateway.executeRead('MATCH (u:FetchedUrl) RETURN count(u) AS n');
    expect(Number(kept[0].n)).toBe(0);
    const second = await ingest();
    expect(second.urls).toEqual({ fetched: 1, notModified: 0 });
    expect(second.articles).toEqual({ new: 0, updated: 0, skipped: 1, failed: 1 });
    expect(server.log.map((r) => [r.status, r.headers['if-none-match']])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
  });
});

describe('kg ingest with URLs that fail: one line each, the rest ingested, exit code 1', () => {
  let gateway: Gateway;
  let server: NewsServer;
  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    server = await startNewsServer({
      '/page': {
        body: '<html><head><title>Qadira partners with Borland</title></head><body><article><h1>Qadira partners with Borland</h1><p>Qadira said on Monday that it would build chips with Borland Systems.</p></article></body></html>',
      },
      '/feed.xml': {
        type: 'application/rss+xml',
        body: rssFeed([story(1), story(2)], 'https://feed.example'),
      },
      '/broken.xml': { type: 'application/rss+xml', body: '<rss><channel><item><title>x</channel></rss>' },
      '/photo.png': { type: 'image/png', body: Buffer.alloc(512) },
      '/huge': { type: 'text/html', body: `<p>${'x'.repeat(200 * 1024)}</p>` },
      '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/slow': () => undefined,
    });
  });
  afterAll(async () => {
    await server.close();
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('prints one line per failed URL and writes the page and the feed items', async () => {
    const { uri, username, password, database } = testNeo4jConfig();
    const urls = ['/page', '/slow', '/nowhere', '/loop', '/huge', '/photo.png', '/broken.xml', '/feed.xml'];
    const result = await runCli(
      [
        'ingest',
        ...urls.map((u) => server.url(u)),
        '--workers',
        '0',
        '--fetch-timeout',
        '2',
        '--max-file-bytes',
        '102400',
        '--uri',
        uri,
      ],
      { NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NEO4J_DATABASE: database },
    );
    const at = server.url('');
    const lines = result.stderr
      .split('\n')
      .filter((l) => l.startsWith('kg: '))
      .map((l) => l.replace(at, ''));
    expect(lines).toEqual([
      'kg: /slow: timed out after 2 s (timeout)',
      'kg: /nowhere: HTTP 404 Not Found',
      expect.stringMatching(/^kg: \/loop: redirect loop \(/),
      'kg: /huge: response is 200 KB, over the 100 KB size limit (maxFileBytes)',
      'kg: /photo.png: unsupported content type image/png (expected a page, a feed or text)',
      expect.stringMatching(/^kg: \/broken\.xml: malformed feed: malformed XML: /),
    ]);
    expect(result.stdout).toMatch(/articles: 3 new, 0 updated, 0 unchanged \(skipped\), 6 failed/);
    expect(result.stdout).toMatch(/urls: 3 fetched, 0 not modified/);
    expect(result.code).toBe(1);
    const rows = await gateway.executeRead('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual([
      server.url('/page'),
      'https://feed.example/story-1',
      'https://feed.example/story-2',
    ]);
  });
});
