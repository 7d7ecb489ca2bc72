import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testGateway, cleanDatabase, connectionArgs } from '../support/neo4j.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { run } from '../../src/cli/main.js';
import type { Gateway } from '../../src/graph/gateway.js';
import { clickNode, openVizPage, searchFor, type OpenedPage } from './vizPage.js';

// The sample corpus ingested for real, drawn by `kg viz --all`, opened in headless
// Chromium over file:// with every other request aborted.
const OUT = resolve('test-results/viz');
const HTML = join(OUT, 'sample-graph.html');
const EXPECTED = ['ByteDance', 'Oracle', 'Microsoft', 'TikTok', 'Walmart', 'Beijing', 'Treasury Department'];

/** Whitespace and typographic quotes folded, so a cleaned sentence can be found in the raw files. */
const normalise = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const corpusText = () =>
  normalise(
    readdirSync('data/articles')
      .map((file) => readFileSync(join('data/articles', file), 'utf8'))
      .join(' '),
  );

let gateway: Gateway;
let opened: OpenedPage;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  gateway = testGateway();
  await cleanDatabase(gateway);
  const root = resolve('data/articles');
  await runIngest([root], gateway, createArticleExtractor([]), {
    batchSize: 25,
    dryRun: false,
    lexiconFiles: [],
    root,
  });
  const code = await run(['viz', '--all', '-o', HTML, ...connectionArgs()]);
  expect(code).toBe(0);
  opened = await openVizPage(HTML);
}, 600_000);

afterAll(async () => {
  await opened?.browser.close();
  await gateway?.close();
});

describe('kg viz on the sample graph, in headless Chromium', () => {
  it('is one self-contained file that made no network request', () => {
    const html = readFileSync(HTML, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    expect(opened.blocked).toEqual([]);
  });

  it('draws the sample entities on a sigma WebGL canvas', async () => {
    const { page } = opened;
    const names = await page.evaluate(() => window.__kg.renderedNodeNames());
    for (const name of EXPECTED) expect(names).toContain(name);
    const canvases = await page.evaluate(() =>
      [...document.querySelectorAll('#kg-graph canvas')].map((c) => (c as HTMLCanvasElement).className),
    );
    expect(canvases).toContain('sigma-nodes');
    expect(canvases).toContain('sigma-edges');
    console.log(
      `sample graph: first draw at ${opened.firstDrawMs} ms (page clock), ${opened.wallToReadyMs} ms from goto`,
    );
  });

  it('search focuses Walmart', async () => {
    const { page } = opened;
    await searchFor(page, 'Walmart');
    const selected = await page.evaluate(() => window.__kg.state.selectedNode);
    expect(selected).toBe(await page.evaluate(() => window.__kg.nodeIdByName('Walmart')));
    expect(await page.textContent('#kg-panel-body')).toContain('Walmart');
  });

  it('clicking ByteDance opens its relations, and a relation opens its evidence sentences', async () => {
    const { page } = opened;
    await page.click('#kg-panel-close');
    const id = await page.evaluate(() => window.__kg.nodeIdByName('ByteDance'));
    expect(id).toBeTruthy();
    await clickNode(page, id!);
    await page.waitForFunction((node) => window.__kg.state.selectedNode === node, id, { timeout: 30_000 });
    const nodePanel = (await page.textContent('#kg-panel-body'))!;
    expect(nodePanel).toContain('ByteDance');
    expect(nodePanel).toContain('Relations');
    // Prefer the ByteDance-Microsoft REJECTED edge; any ByteDance relation proves the panel works.
    const links = page.locator('#kg-panel-body a[data-edge]');
    expect(await links.count()).toBeGreaterThan(0);
    const rejected = page.locator('#kg-panel-body a[data-edge]', { hasText: /REJECTED Microsoft/ });
    await ((await rejected.count()) > 0 ? rejected.first() : links.first()).click();
    const evidence = page.locator('#kg-panel-body .kg-evidence blockquote');
    expect(await evidence.count()).toBeGreaterThan(0);
    const sentence = (await evidence.first().textContent())!;
    expect(corpusText()).toContain(normalise(sentence).slice(0, 40));
    expect(await page.textContent('#kg-panel-body cite')).toMatch(/\(sentence \d+\)/);
    console.log(`evidence shown: ${await page.textContent('#kg-panel-body h2')} <- "${sentence}"`);
    await page.screenshot({ path: join(OUT, 'sample-graph-evidence.png') });
  });

  it('saves a screenshot of the whole sample graph', async () => {
    const { page } = opened;
    await page.click('#kg-panel-close');
    await page.screenshot({ path: join(OUT, 'sample-graph.png') });
    if (process.env.UPDATE_DOC_IMAGE === '1') {
      mkdirSync(resolve('docs/img'), { recursive: true });
      copyFileSync(join(OUT, 'sample-graph.png'), resolve('docs/img/sample-graph.png'));
    }
  });
});
