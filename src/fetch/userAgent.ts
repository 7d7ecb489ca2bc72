import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.js';

/** "newsgraph/0.1.0 (+https://www.npmjs.com/package/newsgraph)": who is asking, sent with every request. */
export function userAgent(): string {
  const version = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version as string;
  return `newsgraph/${version} (+https://www.npmjs.com/package/newsgraph)`;
}
