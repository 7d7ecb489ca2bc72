import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../packageRoot.js';

/**
 * The entries of a word list's text: one per line, trimmed. Blank lines, lines starting with `#` and
 * a ` # ...` comment after an entry are dropped ('could  # "Norvex could bid"' -> 'could').
 * The one parser of every list in data/ (lexicon, triggers, sentence splitting, page cleaning).
 */
export function contentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const cache = new Map<string, readonly string[]>();

/** A word list in data/ by file name, read once per process, then frozen. */
export function loadWordList(fileName: string): readonly string[] {
  const cached = cache.get(fileName);
  if (cached) return cached;
  const entries = Object.freeze(contentLines(readFileSync(join(DATA_DIR, fileName), 'utf8')));
  cache.set(fileName, entries);
  return entries;
}
