import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeNewsFiles } from '../../test/support/generateNewsFiles.js';

export interface SoakCorpus {
  /** A directory of `article-0001.txt`, ...: ids are the file names. */
  all: string;
  /** The same articles as JSON Lines `{"id": "article-0001.txt", "text": ...}`: the same ids, fed on stdin. */
  jsonl: string;
  /** Four overlapping directories of half the articles each, for the concurrent runs. */
  slices: string[];
  articles: number;
}

/**
 * The generated news (invented firms and people, seeded: the same files every run) three ways.
 * Four slices of half the articles each, starting a sixth apart: with 300, articles 1-150,
 * 51-200, 101-250 and 151-300, so every article is in one to three slices.
 */
export function writeCorpus(root: string, articles: number): SoakCorpus {
  const all = join(root, 'all');
  writeNewsFiles(all, articles);
  const files = readdirSync(all).sort();
  const jsonl = join(root, 'corpus.jsonl');
  writeFileSync(
    jsonl,
    files.map((id) => JSON.stringify({ id, text: readFileSync(join(all, id), 'utf8') })).join('\n') + '\n',
  );
  const size = Math.ceil(articles / 2);
  const step = Math.floor(articles / 6);
  const slices = [0, 1, 2, 3].map((k) => {
    const dir = join(root, `slice-${k + 1}`);
    mkdirSync(dir);
    const start = k === 3 ? articles - size : k * step;
    for (const file of files.slice(start, start + size)) cpSync(join(all, file), join(dir, file));
    return dir;
  });
  return { all, jsonl, slices, articles };
}
