import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's data/ directory, from src/text/ (tsx) or dist/text/ (build). */
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const cache = new Map<string, readonly string[]>();

/**
 * The entries of a word list in data/: one per line, trimmed; blank lines and
 * lines starting with `#` are skipped. Read once per process, then frozen.
 */
export function loadWordList(fileName: string): readonly string[] {
  const cached = cache.get(fileName);
  if (cached) return cached;
  const entries = Object.freeze(
    readFileSync(DATA_DIR + fileName, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  cache.set(fileName, entries);
  return entries;
}
