// Measures a `kg viz` page in real (headless) Chromium and prints the figures of issue 19:
//   node --import tsx scripts/measureViz.ts out/graph.html [shots-prefix]
// open time (goto to first sigma frame), overlapping labels at the first view (from sigma's
// getNodeDisplayedLabels and the drawn positions), the top nodes by degree that are labelled,
// search bringing in an entity that is not drawn, expand adding neighbours, and frame times of
// a pan/zoom sequence driven from requestAnimationFrame in the page. A report, not a test.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickNode, openVizPage, searchFor } from '../test/e2e/vizPage.js';
import { overlappingPairs } from '../src/viz/client/labelRects.js';
import type { VizPageData } from '../src/viz/vizGraph.js';

const [htmlArg, shotsArg] = process.argv.slice(2);
if (!htmlArg) throw new Error('usage: measureViz.ts page.html [screenshot prefix]');
const html = resolve(htmlArg);
const shots = shotsArg ? resolve(shotsArg) : undefined;

const opened = await openVizPage(html);
const { page, browser } = opened;
const report: Record<string, unknown> = {
  page: html,
  openMs: opened.wallToReadyMs,
  firstDrawMs: opened.firstDrawMs,
};
try {
  await settle(page);
  if (shots) await page.screenshot({ path: `${shots}-initial.png` });
  Object.assign(report, await labelFigures(page));
  const data = await page.evaluate(
    () => JSON.parse(document.getElementById('kg-data')!.textContent!) as VizPageData,
  );
  report.drawnNodes = data.nodes.length;
  report.knownEntities = data.nodes.length + data.others.length;
  report.edges = data.edges.length;

  // search: an entity that is not drawn (the best connected one, else any)
  const hidden = [...data.others].sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))[0];
  if (hidden) {
    const before = await page.evaluate(() => window.__kg.renderedNodeIds().length);
    const t = Date.now();
    await searchFor(page, hidden.name);
    await settle(page);
    const shown = await page.evaluate((id) => window.__kg.renderedNodeIds().includes(id), hidden.id);
    const after = await page.evaluate(() => window.__kg.renderedNodeIds().length);
    report.search = {
      entity: hidden.name,
      degree: hidden.degree,
      wasDrawn: false,
      nowDrawn: shown,
      nodesBefore: before,
      nodesAfter: after,
      ms: Date.now() - t,
    };
    if (shots) await page.screenshot({ path: `${shots}-search.png` });
    await page.click('#kg-panel-close');
  }

  // expand: click a drawn node that has neighbours not drawn
  const drawn = new Set(await page.evaluate(() => window.__kg.renderedNodeIds()));
  const missing = new Map<string, number>();
  for (const e of data.edges) {
    if (drawn.has(e.source) && !drawn.has(e.target)) missing.set(e.source, (missing.get(e.source) ?? 0) + 1);
    if (drawn.has(e.target) && !drawn.has(e.source)) missing.set(e.target, (missing.get(e.target) ?? 0) + 1);
  }
  const [target] = [...missing].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (target) {
    await page.evaluate(() =>
      window.__kg.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }),
    );
    await settle(page);
    const before = drawn.size;
    await clickNode(page, target[0]);
    await page.waitForFunction((n) => window.__kg.renderedNodeIds().length > n, before, { timeout: 30_000 });
    await settle(page);
    const after = await page.evaluate(() => window.__kg.renderedNodeIds().length);
    report.expand = {
      entity: data.nodes.find((n) => n.id === target[0])?.name,
      hiddenNeighbours: target[1],
      nodesBefore: before,
      nodesAfter: after,
    };
    if (shots) await page.screenshot({ path: `${shots}-expand.png` });
    await page.click('#kg-panel-close');
  }
  report.frames = await panZoomFrames(page);
} finally {
  await browser.close();
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

async function settle(p: Page): Promise<void> {
  await p.waitForFunction(() => !window.__kg.state.cameraMoving, null, { timeout: 60_000 });
  await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Labels sigma drew at the current view: how many, overlapping pairs, and the top by degree labelled. */
async function labelFigures(p: Page) {
  const boxes = await p.evaluate(() => window.__kg.labelBoxes());
  const pairs = overlappingPairs(boxes);
  const degrees = await p.evaluate(() => {
    const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as VizPageData;
    return data.nodes.map((n) => [n.id, n.degree] as [string, number]);
  });
  const labelled = new Set(boxes.map((b) => b.id));
  const ranked = degrees.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const topLabelled = (n: number) => ranked.slice(0, n).filter((id) => labelled.has(id)).length;
  return {
    labelsDrawn: boxes.length,
    overlappingLabelPairs: pairs.length,
    overlapExamples: pairs.slice(0, 3).map(([i, j]) => [boxes[i].label, boxes[j].label]),
    top20ByDegreeLabelled: `${topLabelled(20)}/${Math.min(20, ranked.length)}`,
    top50ByDegreeLabelled: `${topLabelled(50)}/${Math.min(50, ranked.length)}`,
    allDrawnLabelled: `${topLabelled(ranked.length)}/${ranked.length}`,
  };
}

/** 240 frames of panning and zooming set from requestAnimationFrame; frame time = time between frames. */
interface FrameFigures {
  frames: number;
  /** Time between animation frames while the camera moves (what the user sees), ms. */
  intervalP50: number;
  intervalP95: number;
  intervalMax: number;
  /** Time inside sigma's render() per frame (the page's own work), ms. */
  renderP50: number;
  renderP95: number;
  renderMax: number;
  /** Time between animation frames with nothing moving: the floor this machine gives. */
  idleIntervalP95: number;
}

/** 240 frames of panning and zooming set from requestAnimationFrame, timed in the page. */
async function panZoomFrames(p: Page): Promise<FrameFigures> {
  // a string, so that the bundler's helpers (tsx names inner functions) do not leak into the page
  return p.evaluate(`new Promise((done) => {
    const renderer = window.__kg.renderer;
    const camera = renderer.getCamera();
    const renders = [];
    const render = renderer.render.bind(renderer);
    renderer.render = function () {
      const t0 = performance.now();
      const out = render();
      renders.push(performance.now() - t0);
      return out;
    };
    const q = (list, f) => {
      const sorted = [...list].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))] * 10) / 10;
    };
    const idle = [];
    let lastIdle = 0;
    let k = 0;
    function still(now) {
      if (lastIdle) idle.push(now - lastIdle);
      lastIdle = now;
      if (++k <= 60) requestAnimationFrame(still);
      else requestAnimationFrame(step);
    }
    const gaps = [];
    let last = 0;
    let i = 0;
    function step(now) {
      if (last) gaps.push(now - last);
      last = now;
      const t = i / 240;
      camera.setState({
        x: 0.5 + 0.3 * Math.cos(2 * Math.PI * t),
        y: 0.5 + 0.3 * Math.sin(2 * Math.PI * t),
        ratio: 0.3 + 0.9 * Math.abs(Math.sin(Math.PI * t)),
        angle: 0,
      });
      if (++i <= 240) requestAnimationFrame(step);
      else {
        renderer.render = render;
        done({
          frames: gaps.length,
          intervalP50: q(gaps, 0.5), intervalP95: q(gaps, 0.95), intervalMax: q(gaps, 1),
          renderP50: q(renders, 0.5), renderP95: q(renders, 0.95), renderMax: q(renders, 1),
          idleIntervalP95: q(idle, 0.95),
        });
      }
    }
    requestAnimationFrame(still);
  })`);
}
