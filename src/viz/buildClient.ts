import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { bundleClient } from './clientBundle.js';

// Build step: `tsx src/viz/buildClient.ts` writes dist/viz/client.bundle.{js,css}, which
// kg viz inlines when it runs from dist/ (the installed package has no esbuild).
const outDir = join(PACKAGE_ROOT, 'dist', 'viz');
const bundle = await bundleClient();
mkdirSync(dirname(join(outDir, 'x')), { recursive: true });
writeFileSync(join(outDir, 'client.bundle.js'), bundle.js);
writeFileSync(join(outDir, 'client.bundle.css'), bundle.css);
process.stdout.write(
  `wrote ${join(outDir, 'client.bundle.js')} (${bundle.js.length} bytes) and client.bundle.css\n`,
);
