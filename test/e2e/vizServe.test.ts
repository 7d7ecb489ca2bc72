import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import type { LiveServer } from '../../src/serve/serveViz.js';
import { startLiveView } from '../../src/serve/startLiveView.js';
import { launchChromium } from '../../src/viz/launchChromium.js';
import { cleanDatabase, testGateway } from '../support/neo4j.js';
import { clickNode, searchFor, showCoMentioned } from './vizPage.js';

// kg viz --serve in headless Chromium: the page starts from one sample entity, a search for an
// entity it does not hold asks the server and brings it in with its neighbours, and "Expand from
// the database" adds more. Every request the page makes goes to the live server only.

let gateway: Gateway;
let server: LiveServer;
let browser: Browser;
let page: Page;
const elsewhere: string[] = [];

const idle = () =>
  page.evaluate(() => (window.__kg as unknown as { live: { idle(): Promise<void> } }).live.idle());
const drawn = () => page.evaluate(() => window.__kg.renderedNodeNames());

beforeAll(async () => {
  gateway = testGateway();
  await cleanDatabase(gateway);
  const root = resolve('data/articles');
  await runIngest([root], gateway, createArticleExtractor([]), {
    batchSize: 25,
    dryRun: false,
    lexiconFiles: [],
    root,
  });
  server = await startLiveView(gateway, {
    selection: { kind: 'entity', name: 'Walmart', depth: 0 },
    title: 'live test',
    host: '127.0.0.1',
    port: 0,
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(180_000);
  const origin = new URL(server.url).origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) elsewhere.push(request.url());
  });
  await page.goto(server.url, { timeout: 240_000 });
  await page.waitForFunction(() => window.__kg?.ready === true, null, { timeout: 240_000 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cleanDatabase(gateway);
  await gateway?.close();
});

describe('kg viz --serve in headless Chromium', () => {
  it('opens with its token and draws the one entity it started from', async () => {
    expect(await drawn()).toEqual(['Walmart']);
  });

  it('a search for an entity the page does not hold brings it in from the database and selects it', async () => {
    await searchFor(page, 'bytedance');
    await idle();
    await page.waitForFunction(() => !window.__kg.state.cameraMoving);
    const names = await drawn();
    expect(names).toEqual(expect.arrayContaining(['Walmart', 'ByteDance']));
    expect(await page.evaluate(() => window.__kg.state.selectedNode)).toBe(
      await page.evaluate(() => window.__kg.nodeIdByName('ByteDance')),
    );
  });

  it('"Expand from the database" on the chosen node adds its neighbours', async () => {
    const before = (await drawn()).length;
    await page.click('#kg-panel-body button.kg-live');
    await idle();
    const after = await drawn();
    expect(after.length).toBeGreaterThan(before);
    expect(after).toEqual(expect.arrayContaining(['Microsoft', 'Oracle', 'TikTok']));
  });

  it('a click on a drawn node brings in its neighbours from the database', async () => {
    const before = (await drawn()).length;
    const oracle = await page.evaluate(() => window.__kg.nodeIdByName('Oracle'));
    await clickNode(page, oracle!);
    await page.waitForFunction((n) => window.__kg.renderedNodeIds().length > n, before, { timeout: 60_000 });
    expect((await drawn()).length).toBeGreaterThan(before);
  });

  it('a chosen edge offers all its evidence, and a sentence opens its article with the sentence marked', async () => {
    const edge = await page.evaluate(async () => {
      const id = (name: string) => window.__kg.nodeIdByName(name);
      return `${await id('ByteDance')}|REJECTED|${await id('Microsoft')}`;
    });
    // chosen as the relation links of a node panel choose it (sigma's edge hit-testing is not under test here)
    await page.evaluate((id) => window.__kg.selectEdge(id), edge);
    await page.click('#kg-panel-body button.kg-live:has-text("All evidence")');
    await idle();
    const lists = page.locator('#kg-panel-body ol.kg-evidence');
    expect(await lists.count()).toBe(2); // the page's own list, then the server's
    const live = lists.nth(1);
    expect(await live.locator('li').count()).toBeGreaterThanOrEqual(await lists.nth(0).locator('li').count());
    const sentence = await live.locator('blockquote').first().textContent();
    await live.locator('a').first().click();
    await idle();
    expect(await page.locator('#kg-panel-body h2.kg-live-article').count()).toBe(1);
    expect(await page.locator('#kg-panel-body p.kg-live-hit').textContent()).toBe(sentence);
    expect(await page.locator('#kg-panel-body p').count()).toBeGreaterThan(3);
  });

  it('runs a library query from the legend with its parameters and draws what it returns', async () => {
    await page.reload();
    await page.waitForFunction(() => window.__kg?.ready === true);
    await idle();
    expect(await drawn()).toEqual(['Walmart']);
    await page.selectOption('#kg-live-query', 'who-bid-for');
    await page.fill('.kg-live-queries input[name="entity"]', 'tiktok');
    await page.click('#kg-live-run');
    await idle();
    expect(await drawn()).toEqual(expect.arrayContaining(['Walmart', 'Microsoft', 'TikTok']));
    expect(await page.locator('.kg-live-queries .kg-note').textContent()).toMatch(/row\(s\)/);
  });

  it('"show co-mentioned" asks the database and brings the entities in', async () => {
    // after the reload above the page draws Walmart and what the query brought
    const walmart = (await page.evaluate(() => window.__kg.nodeIdByName('Walmart')))!;
    const shown = await showCoMentioned(page, walmart);
    expect(shown.button).toBe(`Show co-mentioned (${shown.listed.length})`);
    expect(shown.listed.length).toBeGreaterThan(0);
    expect(shown.listed.some((id) => !shown.before.includes(id))).toBe(true);
    for (const id of shown.listed) expect(shown.after).toContain(id);
  });

  it('asked only its own server', () => {
    expect(elsewhere).toEqual([]);
  });
});
