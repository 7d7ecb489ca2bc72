import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: this file is src/ (tsx, vitest) or dist/ (built). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Word lists, the gazetteer, the triggers and the sample articles. */
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
