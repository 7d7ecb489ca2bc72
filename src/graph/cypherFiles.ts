import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.js';

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

/** Lines that are Browser / cypher-shell client commands (`:param x => 1`, `:use db`), not Cypher. */
export const isClientCommand = (line: string): boolean => /^\s*:/.test(line);

/**
 * Splits a script into statements on `;` outside string literals, backtick
 * names and comments, dropping comment-only statements and `:param`/`:use`
 * client-command lines (Browser and cypher-shell understand them, the driver
 * does not). `RETURN 'a;b'` stays one statement.
 */
export function splitStatements(script: string): string[] {
  const text = script
    .split(/\r?\n/)
    .filter((line) => !isClientCommand(line))
    .join('\n');
  const statements: string[] = [];
  let current = '';
  let quote: string | null = null; // ', " or `
  let comment: 'line' | 'block' | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (comment === 'line') {
      if (ch === '\n') comment = null;
    } else if (comment === 'block') {
      if (ch === '*' && next === '/') {
        current += ch;
        i++;
        current += next;
        comment = null;
        continue;
      }
    } else if (quote) {
      if (ch === '\\' && quote !== '`') {
        current += ch + (next ?? '');
        i++;
        continue;
      }
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
    } else if (ch === '/' && next === '/') {
      comment = 'line';
    } else if (ch === '/' && next === '*') {
      comment = 'block';
    } else if (ch === ';') {
      statements.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter((s) => stripComments(s).trim().length > 0);
}

/** Removes `//` and block comments outside string literals (used to test for empty statements). */
export function stripComments(cypher: string): string {
  return cypher.replace(
    /('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (m, literal) => (literal ? m : ''),
  );
}
