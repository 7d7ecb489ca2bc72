import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import type { IngestSummary } from '../../src/pipeline/types.js';
import { cleanDatabase, testGateway } from '../support/neo4j.js';

/** Saved pages (invented content) ingested into a real Neo4j: their metadata lands on the Article node. */
describe('kg ingest of saved web pages: metadata on the Article node', () => {
  let gateway: Gateway;
  let summary: IngestSummary;
  beforeAll(async () => {
    gateway = testGateway();
    await cleanDatabase(gateway);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-html-'));
    for (const page of ['wire-jsonld.html', 'legacy-cp1252.html', 'amp-utf16.html'])
      copyFileSync(join('test/fixtures/html', page), join(dir, page));
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
                a.byline AS byline, a.publisher AS publisher, a.canonicalUrl AS canonicalUrl, a.language AS language`,
        { id },
      )
    )[0];

  it('reads all three pages (UTF-8, Windows-1252, UTF-16 with a BOM)', () => {
    expect(summary.articles).toEqual({ new: 3, updated: 0, skipped: 0, failed: 0 });
  });

  it.each([
    [
      'wire-jsonld.html',
      {
        title: "Norvex agrees to buy Lumora's sensor unit",
        published: '2025-03-12T07:41:00Z',
        modified: '2025-03-12T10:05:00Z',
        authors: ['Ana Ruiz', 'Tomas Feld'],
        publisher: 'Meridian Wire',
        canonicalUrl: 'https://www.meridianwire.example/business/norvex-lumora-sensor-unit-2025-03-12/',
        language: 'en-GB',
      },
    ],
    [
      'legacy-cp1252.html',
      {
        title: '\u0152uvre Partners bids \u20ac640m for Rado\u0161 Foods',
        published: '2024-11-05',
        modified: null,
        authors: ['\u0160imon Kr\u00e1l', '\u017daneta Hork\u00e1'],
        publisher: null,
        canonicalUrl: null,
        language: null,
      },
    ],
    [
      'amp-utf16.html',
      {
        title: 'Sundby Mobile names Ilse Varga chief executive',
        published: '2025-01-27T09:00:00+01:00',
        modified: '2025-01-27T12:30:00+01:00',
        authors: ['Mateo Brandt'],
        publisher: 'Northline News',
        canonicalUrl: 'https://www.northlinenews.example/tech/sundby-mobile-ceo-varga',
        language: 'en',
      },
    ],
  ])('%s', async (id, expected) => {
    expect(await article(id)).toMatchObject(expected);
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
