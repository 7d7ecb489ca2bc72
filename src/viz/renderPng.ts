import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './launchChromium.js';

export interface PngOptions {
  width?: number;
  height?: number;
}

/**
 * Opens the generated page over file:// in headless Chromium with every non-file
 * request aborted, waits for sigma's first frame, and saves a screenshot.
 */
export async function renderPng(htmlPath: string, pngPath: string, options: PngOptions = {}): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    });
    await page.route('**', (route) =>
      route.request().url().startsWith('file://') ? route.continue() : route.abort(),
    );
    await page.goto(pathToFileURL(resolve(htmlPath)).href, { timeout: 180_000 });
    await page.waitForFunction(
      () => (window as unknown as { __kg?: { ready: boolean } }).__kg?.ready === true,
      null,
      {
        timeout: 180_000,
      },
    );
    await page.screenshot({ path: pngPath });
  } finally {
    await browser.close();
  }
}
