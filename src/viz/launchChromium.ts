import { existsSync } from 'node:fs';
import type { Browser, BrowserType } from 'playwright-core';
import { NewsgraphError } from '../errors.js';

/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless flags: no GPU, so WebGL runs on SwiftShader (software), which recent
 * Chromium only allows with --enable-unsafe-swiftshader; no background traffic.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * The browser driver and the browser, or one error line naming what to install. playwright-core is a
 * devDependency (an installed package has no browser driver), so it is imported here, on demand:
 * `kg viz` without --png never loads it.
 */
export async function requireChromium(): Promise<BrowserType> {
  let chromium: BrowserType | undefined;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const missing = [
    ...(chromium ? [] : ['the browser driver (npm install playwright-core)']),
    ...(existsSync(CHROMIUM_PATH)
      ? []
      : [`Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`]),
  ];
  if (missing.length > 0 || !chromium) {
    throw new NewsgraphError(`--png needs ${missing.join(' and ')}`);
  }
  return chromium;
}

export async function launchChromium(): Promise<Browser> {
  const chromium = await requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
