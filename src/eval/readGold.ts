import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { parseGold, type GoldDoc } from './goldDoc.js';

export interface GoldReadResult {
  /** The gold path as given: a set's name in the report. */
  path: string;
  docs: GoldDoc[];
  /** One line per unreadable or malformed file, naming it and the reason. */
  errors: string[];
}

/**
 * Reads a gold file (one article, or a list of articles as in ../shared/dev-eval/gold.json), or every
 * `*.json` directly inside a gold directory. A bad file is reported, the rest are read.
 */
export function readGold(path: string): GoldReadResult {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${path}: gold file or directory not found`);
  }
  const paths = stats.isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(path, name))
    : [path];
  const result: GoldReadResult = { path, docs: [], errors: [] };
  for (const file of paths) {
    try {
      result.docs.push(...parseGold(JSON.parse(readFileSync(file, 'utf8')), file));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result.errors.push(reason.startsWith(file) ? reason : `${file}: ${reason}`);
    }
  }
  return result;
}
