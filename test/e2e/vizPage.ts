import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../src/viz/launchChromium.js';

/** What the page exposes on window.__kg for automation (see src/viz/client/main.ts). */
export interface KgHooks {
  ready: boolean;
  firstDrawMs: number;
  state: { selectedNode: string | null; selectedEdge: string | null; cameraMoving: boolean };
  renderedNodeIds(): string[];
  renderedNodeNames(): string[];
  nodeIdByName(name: string): Promise<string | null>;
  nodeViewportPosition(id: string): { x: number; y: number };
  edgeViewportMidpoint(id: string): { x: number; y: number };
  panelText(): string;
  selectEdge(id: string): void;
  selectNode(id: string): void;
  /** The time slider (issue 18): its days, and showing what happened up to days[i] (days.length: all). */
  days: string[];
  setDay(i: number): void;
  renderedEdgeIds(): string[];
  /** Labels sigma drew (getNodeDisplayedLabels), with their boxes in viewport pixels. */
  labelBoxes(): Array<{
    id: string;
    label: string;
    left: number;
    right: number;
    top: number;
    bottom: number;
  }>;
  expand(id: string): Promise<number>;
  counts(): {
    types: Record<string, number>;
    relations: Record<string, number>;
    hedged: number;
    shownNodes: number;
    shownEdges: number;
  };
  renderer: import('sigma').default;
}
declare global {
  interface Window {
    __kg: KgHooks;
  }
}

export interface OpenedPage {
  browser: Browser;
  page: Page;
  /** Requests the page tried to make beyond file:// (all aborted). */
  blocked: string[];
  /** From page.goto to the page's first sigma frame, in ms (wall clock, this machine). */
  wallToReadyMs: number;
  /** performance.now() at the first sigma frame, as the page measured it. */
  firstDrawMs: number;
}

/** Opens an HTML file over file:// in headless Chromium with all other network aborted. */
export async function openVizPage(
  htmlPath: string,
  viewport = { width: 1400, height: 900 },
): Promise<OpenedPage> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  // Actions wait for a page whose main thread may be busy drawing 20,000 edges in software WebGL:
  // a hang guard, not a speed check (speed is reported, never asserted).
  page.setDefaultTimeout(180_000);
  const blocked: string[] = [];
  await page.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const started = Date.now();
  await page.goto(pathToFileURL(htmlPath).href, { timeout: 240_000 });
  await page.waitForFunction(() => window.__kg?.ready === true, null, { timeout: 240_000 });
  const wallToReadyMs = Date.now() - started;
  const firstDrawMs = await page.evaluate(() => window.__kg.firstDrawMs);
  return { browser, page, blocked, wallToReadyMs, firstDrawMs };
}

/** Clicks where a node is drawn, through the real mouse (sigma's own hit testing). */
export async function clickNode(page: Page, id: string): Promise<void> {
  await page.waitForFunction(() => !window.__kg.state.cameraMoving, null, { timeout: 180_000 });
  // Let sigma draw two frames first: a click hit-tests against the picking layer of the last frame
  // drawn, which on a slow software renderer can still predate a closed panel or a camera move.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = (await page.locator('#kg-graph').boundingBox())!;
  const at = await page.evaluate((node) => window.__kg.nodeViewportPosition(node), id);
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

/** Types into the search box and presses Enter, as a user would. */
export async function searchFor(page: Page, text: string): Promise<void> {
  await page.fill('#kg-search', text);
  await page.press('#kg-search', 'Enter');
  await page.waitForFunction(() => !window.__kg.state.cameraMoving, null, { timeout: 180_000 });
}

/**
 * Chooses the node `id`, reads its "Show co-mentioned (N)" button and the entities the panel lists,
 * clicks the button, and returns the listed ids with the nodes drawn before and after.
 */
export async function showCoMentioned(page: Page, id: string) {
  // a panel still open shows another node's button
  if (await page.isVisible('#kg-panel')) await page.click('#kg-panel-close');
  await page.evaluate((node) => window.__kg.selectNode(node), id);
  await page.waitForSelector('#kg-co-mentioned');
  const button = (await page.textContent('#kg-co-mentioned')) ?? '';
  const listed = await page.$$eval('.kg-co-mentions a[data-node]', (links) =>
    links.map((a) => (a as HTMLElement).dataset.node!),
  );
  const before = await page.evaluate(() => window.__kg.renderedNodeIds());
  await page.click('#kg-co-mentioned');
  await page.waitForFunction(
    (ids) => ids.every((other) => window.__kg.renderedNodeIds().includes(other)),
    listed,
    { timeout: 60_000 },
  );
  const after = await page.evaluate(() => window.__kg.renderedNodeIds());
  const panel = await page.evaluate(() => window.__kg.panelText());
  return { button, listed, before, after, panel };
}
