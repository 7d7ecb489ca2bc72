import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testGateway, cleanDatabase, connectionArgs } from '../support/neo4j.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { run } from '../../src/cli/main.js';
import type { Gateway } from '../../src/graph/gateway.js';
import { overlappingPairs } from '../../src/viz/client/labelRects.js';
import type { VizPageData } from '../../src/viz/vizGraph.js';
import { generateVizGraph } from '../../src/viz/generateVizGraph.js';
import { writeVizHtml } from '../../src/viz/writeVizHtml.js';
import { clickNode, openVizPage, searchFor, showCoMentioned, type OpenedPage } from './vizPage.js';

// Issue 19 on the sample graph: `kg viz --top 8` draws the 8 best evidenced related entities
// and carries the others in the page; labels never overlap, search brings in an entity that is
// not drawn, a click brings in hidden neighbours, and the legend counts follow the view.
const OUT = resolve('test-results/viz');
const HTML = join(OUT, 'sample-top.html');

let gateway: Gateway;
let opened: OpenedPage;
let data: VizPageData;

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
  const code = await run(['viz', '--top', '8', '-o', HTML, ...connectionArgs()]);
  expect(code).toBe(0);
  opened = await openVizPage(HTML);
  data = await opened.page.evaluate(
    () => JSON.parse(document.getElementById('kg-data')!.textContent!) as VizPageData,
  );
}, 600_000);

afterAll(async () => {
  await opened?.browser.close();
  await gateway?.close();
});

/** The `n` best connected, in the page's label order (degree, then id). */
function topByDegree<T extends { id: string; degree: number }>(nodes: T[], n: number): T[] {
  return [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, n);
}

async function settle(page = opened.page): Promise<void> {
  await page.waitForFunction(() => !window.__kg.state.cameraMoving, null, { timeout: 60_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('kg viz --top on the sample graph, in headless Chromium', () => {
  it('draws the top related entities and carries the others for search and expand', async () => {
    expect(data.nodes.length).toBeLessThanOrEqual(8);
    expect(data.nodes.length).toBeGreaterThan(2);
    expect(data.others.length).toBeGreaterThan(0);
    for (const node of data.nodes) expect(node.degree).toBeGreaterThan(0);
    expect((await opened.page.evaluate(() => window.__kg.renderedNodeIds())).sort()).toEqual(
      data.nodes.map((n) => n.id).sort(),
    );
  });

  it('draws no two labels on top of each other, and labels the best connected', async () => {
    await settle();
    const boxes = await opened.page.evaluate(() => window.__kg.labelBoxes());
    expect(boxes.length).toBeGreaterThan(0);
    expect(overlappingPairs(boxes).map(([i, j]) => [boxes[i].label, boxes[j].label])).toEqual([]);
    const labelled = new Set(boxes.map((b) => b.id));
    for (const node of topByDegree(data.nodes, 20)) expect(labelled, node.name).toContain(node.id);
    await opened.page.screenshot({ path: join(OUT, 'sample-top.png') });
  });

  it('search finds an entity that is not drawn and brings it in', async () => {
    const { page } = opened;
    const target = data.others.find((n) => n.degree === 0) ?? data.others[0];
    expect(await page.evaluate(() => window.__kg.renderedNodeIds())).not.toContain(target.id);
    await searchFor(page, target.name);
    await settle();
    expect(await page.evaluate(() => window.__kg.renderedNodeIds())).toContain(target.id);
    expect(await page.evaluate(() => window.__kg.state.selectedNode)).toBe(target.id);
    expect(await page.textContent('#kg-panel-body h2')).toBe(target.name);
    await page.click('#kg-panel-close');
  });

  it('a click on a node brings in its hidden neighbours around it', async () => {
    const { page } = opened;
    await page.evaluate(() =>
      window.__kg.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    );
    await settle();
    const shown = new Set(await page.evaluate(() => window.__kg.renderedNodeIds()));
    const hidden = new Map<string, Set<string>>();
    for (const e of data.edges) {
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ]) {
        if (shown.has(a) && !shown.has(b)) hidden.set(a, (hidden.get(a) ?? new Set()).add(b));
      }
    }
    const [node, neighbours] = [...hidden].sort((a, b) => b[1].size - a[1].size)[0];
    const countsBefore = await page.evaluate(() => window.__kg.counts());
    await clickNode(page, node);
    await page.waitForFunction((n) => window.__kg.renderedNodeIds().length > n, shown.size, {
      timeout: 30_000,
    });
    await settle();
    const after = await page.evaluate(() => window.__kg.renderedNodeIds());
    for (const id of [...neighbours].slice(0, 30)) expect(after).toContain(id);
    // the new neighbours sit around the node, not across the picture
    const at = await page.evaluate((id) => window.__kg.nodeViewportPosition(id), node);
    for (const id of neighbours) {
      const p = await page.evaluate((n) => window.__kg.nodeViewportPosition(n), id);
      expect(Math.hypot(p.x - at.x, p.y - at.y)).toBeLessThan(400);
    }
    const countsAfter = await page.evaluate(() => window.__kg.counts());
    expect(countsAfter.shownNodes).toBe(countsBefore.shownNodes + neighbours.size);
    expect(countsAfter.shownEdges).toBeGreaterThan(countsBefore.shownEdges);
    await page.screenshot({ path: join(OUT, 'sample-top-expanded.png') });
    await page.click('#kg-panel-close');
  });

  it('the legend counts what is in the view and follows the filters', async () => {
    const { page } = opened;
    const counts = await page.evaluate(() => window.__kg.counts());
    const text = async (key: string) =>
      (await page.textContent(`[data-count="${key}"]`))!.trim().replace(/[()]/g, '');
    const [relation, n] = Object.entries(counts.relations).find(([, c]) => c > 0)!;
    expect(Number(await text(`relation:${relation}`))).toBe(n);
    const edgesShown = await page.evaluate(() => window.__kg.renderedEdgeIds().length);
    expect(edgesShown).toBe(counts.shownEdges);
    await page.uncheck(`input[data-filter="relation:${relation}"]`);
    expect(await page.evaluate(() => window.__kg.renderedEdgeIds().length)).toBe(edgesShown - n);
    expect((await page.evaluate(() => window.__kg.counts())).shownEdges).toBe(edgesShown - n);
    await page.check(`input[data-filter="relation:${relation}"]`);
    const [type, t] = Object.entries(counts.types).find(([, c]) => c > 0)!;
    expect(Number(await text(`type:${type}`))).toBe(t);
    await page.uncheck(`input[data-filter="type:${type}"]`);
    expect(await page.evaluate(() => window.__kg.renderedNodeIds().length)).toBe(counts.shownNodes - t);
    expect(await page.textContent('#kg-counts')).toContain(
      `showing ${counts.shownNodes - t} of ${data.nodes.length + data.others.length} entities`,
    );
    await page.check(`input[data-filter="type:${type}"]`);
    const hedged = counts.hedged;
    expect(Number(await text('hedged'))).toBe(hedged);
    await page.uncheck('input[data-filter="hedged"]');
    expect(await page.evaluate(() => window.__kg.renderedEdgeIds().length)).toBe(edgesShown - hedged);
    await page.check('input[data-filter="hedged"]');
  });

  it('"show co-mentioned" brings in the entities named in the same sentences, without a typed relation', async () => {
    const { page } = opened;
    const node = topByDegree(data.nodes, 1)[0];
    const embedded = data.coMentions?.[node.id] ?? [];
    expect(embedded.length).toBeGreaterThan(0);
    const shown = await showCoMentioned(page, node.id);
    expect(shown.button).toBe(`Show co-mentioned (${embedded.length})`);
    expect(shown.listed).toEqual(embedded.map((m) => m.id));
    // brought in: some were not drawn, all are now; none is a typed neighbour
    expect(shown.listed.some((id) => !shown.before.includes(id))).toBe(true);
    for (const id of shown.listed) expect(shown.after).toContain(id);
    const neighbours = new Set(
      data.edges.flatMap((e) => (e.source === node.id ? [e.target] : e.target === node.id ? [e.source] : [])),
    );
    expect(shown.listed.filter((id) => neighbours.has(id))).toEqual([]);
    expect(shown.panel).toMatch(/\d+ sentences? in \d+ articles?/);
    await page.screenshot({ path: join(OUT, 'sample-top-co-mentioned.png') });
    await page.click('#kg-panel-close');
  });
});

// A larger generated graph (3,000 entities, 900 relations, a few hubs: many components of all
// sizes, as a news corpus gives): the default view of 150 must label its 20 best connected with
// no two labels overlapping, as the sample does.
describe('kg viz default view of a generated 3,000-entity graph, in headless Chromium', () => {
  let large: OpenedPage;
  let drawn: VizPageData['nodes'];
  beforeAll(async () => {
    const html = join(OUT, 'generated-3k-top.html');
    const laid = await writeVizHtml(generateVizGraph(3000, 900), html, 'generated 3,000', {
      top: 150,
      all: false,
    });
    drawn = laid.nodes;
    large = await openVizPage(html);
  }, 600_000);
  afterAll(async () => {
    await large?.browser.close();
  });

  it('labels the 20 best connected, no two labels overlapping', async () => {
    await settle(large.page);
    expect(drawn.length).toBe(150);
    const boxes = await large.page.evaluate(() => window.__kg.labelBoxes());
    expect(overlappingPairs(boxes).map(([i, j]) => [boxes[i].label, boxes[j].label])).toEqual([]);
    const labelled = new Set(boxes.map((b) => b.id));
    const top = topByDegree(drawn, 20);
    expect(top.filter((n) => !labelled.has(n.id)).map((n) => n.name)).toEqual([]);
    await large.page.screenshot({ path: join(OUT, 'generated-3k-top.png') });
  });
});
