import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testGateway, cleanDatabase, connectionArgs } from '../support/neo4j.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { run } from '../../src/cli/main.js';
import type { Gateway } from '../../src/graph/gateway.js';
import { openVizPage, type OpenedPage } from './vizPage.js';

// The time slider of `kg viz` (issue 18) on invented dated articles, in headless Chromium.
const OUT = resolve('test-results/viz');
const HTML = join(OUT, 'time-slider.html');
const RECORDS = [
  {
    id: 'norvex-1',
    title: 'Qadira Bank turns down Norvex',
    published: '2019-09-18',
    text: 'Norvex Holdings made an offer for Qadira Bank on Monday. Qadira Bank rejected the offer from Norvex Holdings on Tuesday.',
  },
  {
    id: 'norvex-2',
    title: 'Norvex results',
    published: '2020-03-05',
    text: 'Norvex Holdings bought Lumo Systems in March 2019. Norvex Holdings will bid for Halden Capital next year.',
  },
  {
    id: 'halden-1',
    title: 'Halden deal',
    published: '2021-01-10',
    text: 'Halden Capital acquired Qadira Bank in 2020.',
  },
];
const BID = 'org:norvex-holdings|BID_FOR|org:qadira-bank';
const BOUGHT = 'org:norvex-holdings|ACQUIRED|org:lumo-systems';
const PLANNED = 'org:norvex-holdings|BID_FOR|org:halden-capital';

let gateway: Gateway;
let opened: OpenedPage;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  gateway = testGateway();
  await cleanDatabase(gateway);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-viz-time-'));
  writeFileSync(join(dir, 'feed.jsonl'), RECORDS.map((r) => `${JSON.stringify(r)}\n`).join(''));
  await runIngest([dir], gateway, createArticleExtractor([]), {
    batchSize: 25,
    dryRun: false,
    lexiconFiles: [],
    root: dir,
  });
  const code = await run(['viz', '--all', '-o', HTML, ...connectionArgs()]);
  expect(code).toBe(0);
  opened = await openVizPage(HTML);
}, 600_000);

afterAll(async () => {
  await opened?.browser.close();
  await cleanDatabase(gateway);
  await gateway?.close();
});

describe('kg viz time slider, in headless Chromium', () => {
  it('steps over the days on which relations first happened', async () => {
    expect(await opened.page.evaluate(() => window.__kg.days)).toEqual([
      '2019-03-01',
      '2019-09-16',
      '2019-09-17',
      '2020-01-01',
    ]);
  });

  it('shows what happened up to a day; undated relations (only expected) can be hidden', async () => {
    const { page } = opened;
    await page.evaluate(() => window.__kg.setDay(1));
    const withUndated = await page.evaluate(() => window.__kg.renderedEdgeIds().sort());
    expect(withUndated).toEqual([BOUGHT, BID, PLANNED].sort());
    await page.click('#kg-time-undated');
    expect(await page.evaluate(() => window.__kg.renderedEdgeIds().sort())).toEqual([BOUGHT, BID].sort());
    expect(await page.textContent('#kg-time-label')).toContain('up to 2019-09-16');
    await page.screenshot({ path: join(OUT, 'time-slider.png') });
  });

  it("filters an edge's evidence by the slider: Monday's offer, not yet Tuesday's", async () => {
    const { page } = opened;
    await page.evaluate((id) => window.__kg.selectEdge(id), BID);
    const text = await page.evaluate(() => window.__kg.panelText());
    expect(text).toContain('2019-09-16 (on Monday)');
    expect(text).not.toContain('on Tuesday');
    await page.evaluate(() => window.__kg.setDay(4));
    expect(await page.evaluate(() => window.__kg.panelText())).toContain('2019-09-17 (on Tuesday)');
  });

  it('plays the events in order', async () => {
    const { page } = opened;
    await page.evaluate(() => window.__kg.setDay(0));
    await page.click('#kg-time-play');
    await page.waitForFunction(
      () => document.querySelector('#kg-time-label')?.textContent?.startsWith('all dates'),
      null,
      {
        timeout: 30_000,
      },
    );
    expect(await page.textContent('#kg-time-play')).toBe('▶');
  });
});
