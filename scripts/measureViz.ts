// Measures a `kg viz` page in real (headless) Chromium and prints the figures of issue 19:
//   node --import tsx scripts/measureViz.ts out/graph.html [shots-prefix]
// open time (goto to first sigma frame), overlapping labels at the first view (from sigma's
// getNodeDisplayedLabels and the drawn positions), the top nodes by degree that are labelled,
// search bringing in an entity that is not drawn, expand adding neighbours, and frame times of
// pan/zoom sequences (the real mouse dragging and turning the wheel; the camera set at every
// frame), timed in the page from requestAnimationFrame. A report, not a test.
import { readFileSync } from 'node:fs';
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
  report.loadavg = readFileSync('/proc/loadavg', 'utf8').trim();
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

/** Frame figures of one pan/zoom sequence, in ms. */
interface FrameFigures {
  /** Animation frames during the sequence, sigma's renders, and the frames in which it drew. */
  frames: number;
  rendered: number;
  framesDrawn: number;
  /** Time from a frame sigma drew to the next frame (what the user sees while it moves). */
  intervalP50: number;
  intervalP95: number;
  intervalMax: number;
  /** Time inside sigma's render() per frame (the page's own work). */
  renderP50: number;
  renderP95: number;
  renderMax: number;
  /** Over all frames of the sequence, drawn or not. */
  allIntervalP95: number;
}

/**
 * Two pan/zoom sequences, timed in the page from requestAnimationFrame:
 * - `mouse`: what a user does. The real mouse (Playwright's, through Chromium's input pipeline)
 *   drags the graph around a circle (120 moves), lets go, then turns the wheel 8 notches in and
 *   8 out (one every 120 ms, each starting sigma's 250 ms zoom animation). sigma knows the camera
 *   is moving, so `hideEdgesOnMove` applies.
 * - `camera`: the camera set anew at every frame for 240 frames (a circle while zooming in and
 *   out), without any input: sigma does not know it moves, so every frame draws everything.
 * Plus the idle floor: frame intervals with nothing moving.
 */
async function panZoomFrames(p: Page) {
  // strings, so that the bundler's helpers (tsx names inner functions) do not leak into the page
  const startRecording = `(() => {
    const renderer = window.__kg.renderer;
    const rec = { frames: [], renders: [], renderStarts: [], render: renderer.render, on: true };
    renderer.render = function () {
      const t0 = performance.now();
      const out = rec.render.call(renderer);
      rec.renders.push(performance.now() - t0);
      rec.renderStarts.push(t0);
      return out;
    };
    const tick = (now) => { rec.frames.push(now); if (rec.on) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.__frameRecording = rec;
  })()`;
  const stopRecording = `(() => {
    const rec = window.__frameRecording;
    rec.on = false;
    window.__kg.renderer.render = rec.render;
    // a frame that drew: sigma's render started between its animation-frame time and the next one;
    // its interval (to the next frame) holds what drawing it cost
    const drew = (i) => rec.renderStarts.some((t) => t >= rec.frames[i] && t < rec.frames[i + 1]);
    const gaps = rec.frames.slice(1).map((t, i) => [t - rec.frames[i], drew(i)]);
    const drawn = gaps.filter(([, d]) => d).map(([g]) => g);
    const q = (list, f) => {
      if (!list.length) return 0;
      const sorted = [...list].sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))] * 10) / 10;
    };
    return {
      frames: gaps.length, rendered: rec.renders.length, framesDrawn: drawn.length,
      intervalP50: q(drawn, 0.5), intervalP95: q(drawn, 0.95), intervalMax: q(drawn, 1),
      allIntervalP95: q(gaps.map(([g]) => g), 0.95),
      renderP50: q(rec.renders, 0.5), renderP95: q(rec.renders, 0.95), renderMax: q(rec.renders, 1),
    };
  })()`;

  // idle: 60 frames with nothing to draw
  await p.evaluate(startRecording);
  await p.evaluate(
    `new Promise((done) => { let k = 0; const f = () => (++k < 60 ? requestAnimationFrame(f) : done()); requestAnimationFrame(f); })`,
  );
  await p.evaluate(stopRecording);
  const idle = await p.evaluate(`(() => {
    const f = window.__frameRecording.frames;
    const gaps = f.slice(1).map((t, i) => t - f[i]).sort((a, b) => a - b);
    return Math.round(gaps[Math.floor(gaps.length * 0.95)] * 10) / 10;
  })()`);

  // mouse: drag around a circle, let go, wheel in and out
  await p.evaluate(() => window.__kg.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
  await settle(p);
  const box = (await p.locator('#kg-graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await p.mouse.move(cx + 150, cy);
  await p.evaluate(startRecording);
  await p.mouse.down();
  for (let i = 1; i <= 120; i++) {
    const a = (2 * Math.PI * i) / 120;
    await p.mouse.move(cx + 150 * Math.cos(a), cy + 150 * Math.sin(a));
  }
  await p.mouse.up();
  await p.waitForTimeout(300);
  for (const delta of [...Array(8).fill(-100), ...Array(8).fill(100)]) {
    await p.mouse.wheel(0, delta);
    await p.waitForTimeout(120);
  }
  await p.waitForTimeout(300);
  const mouse = (await p.evaluate(stopRecording)) as FrameFigures;
  // after the move: the picture is whole again (edges and labels back)
  const afterMove = await p.evaluate(() => ({
    labels: window.__kg.renderer.getNodeDisplayedLabels().size,
    moving: window.__kg.state.cameraMoving,
  }));

  // camera: set at every frame, no input
  await p.evaluate(startRecording);
  await p.evaluate(`new Promise((done) => {
    const camera = window.__kg.renderer.getCamera();
    let i = 0;
    function step() {
      const t = i / 240;
      camera.setState({
        x: 0.5 + 0.3 * Math.cos(2 * Math.PI * t),
        y: 0.5 + 0.3 * Math.sin(2 * Math.PI * t),
        ratio: 0.3 + 0.9 * Math.abs(Math.sin(Math.PI * t)),
        angle: 0,
      });
      if (++i <= 240) requestAnimationFrame(step);
      else requestAnimationFrame(() => done());
    }
    requestAnimationFrame(step);
  })`);
  const camera = (await p.evaluate(stopRecording)) as FrameFigures;
  return { mouse, camera, idleIntervalP95: idle, labelsAfterMouseMove: afterMove.labels };
}
