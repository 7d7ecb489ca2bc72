import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: this file is src/graph/ (tsx, vitest) or dist/graph/ (built). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CYPHER_DIR = join(PACKAGE_ROOT, 'cypher');

const cache = new Map<string, string>();

/** Reads a statement from cypher/<relativePath>, e.g. loadCypher('write/articles.cypher'). */
export function loadCypher(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, relativePath), 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}

/**
 * Splits a script into statements on `;` at line ends, dropping comment-only
 * and `:param`/`:use` client-command lines (Browser and cypher-shell understand
 * them, the driver does not).
 */
export function splitStatements(script: string): string[] {
  const lines = script
    .split('\n')
    .filter((line) => !/^\s*:/.test(line))
    .join('\n');
  return lines
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.replace(/\/\/.*$/gm, '').trim().length > 0);
}
