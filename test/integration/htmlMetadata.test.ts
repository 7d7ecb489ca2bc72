import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { normalizeUnicode } from '../../src/text/normalizeUnicode.js';
import type { PageMeta } from '../../src/text/pageMeta.js';
import type { IngestSummary } from '../../src/pipeline/types.js';
import { cleanDatabase, testGateway } from '../support/neo4j.js';

const FIXTURES = 'test/fixtures/html';
type Expected = Omit<PageMeta, 'headline'> & { title: string };
const pages = Object.entries(
  JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Expected | string>,
).filter((e): e is [string, Expected] => typeof e[1] !== 'string');

/** Saved pages (invented content) ingested into a real Neo4j: their metadata lands on the Article node. */
describe('kg ingest of saved web pages: metadata on the Article node', () => {
  let gateway: Gateway;
  let summary: IngestSummary;
  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-html-'));
    for (const [page] of pages) copyFileSync(join(FIXTURES, page), join(dir, page));
    summary = await runIngest([dir], gateway, createArticleExtractor([]), {
      batchSize: 2,
      dryRun: false,
      lexiconFiles: [],
      root: dir,
    });
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  const article = async (id: string) =>
    (
      await gateway.executeRead(
        `MATCH (a:Article {id: $id})
         RETURN a.title AS title, a.published AS published, a.modified AS modified, a.authors AS authors,
                a.publisher AS publisher, a.canonicalUrl AS canonicalUrl, a.language AS language`,
        { id },
      )
    )[0];

  it('reads every saved page (UTF-8, Windows-1252, ISO-8859-1, UTF-16 LE and BE with a BOM)', () => {
    expect(summary.articles).toEqual({ new: pages.length, updated: 0, skipped: 0, failed: 0 });
  });

  // each page's metadata as test/fixtures/html/expected.json states it; absent fields are null on the node
  it.each(pages)('%s', async (id, want) => {
    expect(await article(id)).toEqual({
      title: normalizeUnicode(want.title),
      published: want.published ?? null,
      modified: want.modified ?? null,
      authors: want.authors?.map(normalizeUnicode) ?? null,
      publisher: want.publisher ?? null,
      canonicalUrl: want.canonicalUrl ?? null,
      language: want.language ?? null,
    });
  });

  it('keeps the Windows-1252 letters in the sentences it wrote', async () => {
    const rows = await gateway.executeRead(
      `MATCH (:Article {id: 'legacy-cp1252.html'})-[:HAS_SENTENCE]->(s:Sentence)
       WHERE s.text CONTAINS $word RETURN count(s) AS n`,
      { word: 'Bonn\u0153uvre' },
    );
    expect(Number(rows[0].n)).toBe(1);
  });
});
