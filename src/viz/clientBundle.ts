import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { NewsgraphError } from '../errors.js';

/** The page's script and stylesheet, to be inlined into the HTML. */
export interface ClientBundle {
  js: string;
  css: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** Written by `tsx src/viz/buildClient.ts` next to the built module (dist/viz/). */
export const PREBUILT_JS = join(HERE, 'client.bundle.js');
export const PREBUILT_CSS = join(HERE, 'client.bundle.css');
export const CLIENT_ENTRY = join(PACKAGE_ROOT, 'src', 'viz', 'client', 'main.ts');

const BANNER =
  '/* newsgraph kg viz. Bundles sigma.js (MIT, https://github.com/jacomyal/sigma.js) and graphology (MIT, https://github.com/graphology/graphology). */';

let cached: Promise<ClientBundle> | undefined;

/** The prebuilt bundle when there is one (installed package), else esbuild bundles the client now (dev). */
export function loadClientBundle(): Promise<ClientBundle> {
  cached ??= existsSync(PREBUILT_JS)
    ? Promise.resolve({
        js: readFileSync(PREBUILT_JS, 'utf8'),
        css: existsSync(PREBUILT_CSS) ? readFileSync(PREBUILT_CSS, 'utf8') : '',
      })
    : bundleClient();
  return cached;
}

/** Bundles src/viz/client/main.ts with sigma and graphology from node_modules into one IIFE. */
export async function bundleClient(): Promise<ClientBundle> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new NewsgraphError(
      `kg viz needs the prebuilt client (${PREBUILT_JS}) or esbuild to build it: run npm run build`,
    );
  }
  const result = await esbuild.build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    outdir: 'out',
    banner: { js: BANNER },
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}
