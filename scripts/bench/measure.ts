import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Gateway } from '../../src/graph/gateway.js';
import type { ArticleExtractor } from '../../src/pipeline/articleExtractor.js';
import { extractBatch } from '../../src/pipeline/extractBatch.js';
import { INGEST_DEFAULTS } from '../../src/pipeline/types.js';
import type { Article } from '../../src/types.js';

/** Runs `work` once and returns its result and the wall time in seconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/**
 * Extracts every article as `kg ingest` does: one batch of `batchSize` at a time (extractMany,
 * so compromise parses the candidate sentences of a batch together). Returns the sentence count.
 */
export async function extractAll(
  extractor: ArticleExtractor,
  articles: Article[],
  batchSize: number = INGEST_DEFAULTS.batchSize,
): Promise<number> {
  let sentences = 0;
  for (let i = 0; i < articles.length; i += batchSize) {
    for (const outcome of await extractBatch(extractor, articles.slice(i, i + batchSize))) {
      if (!outcome.ok) throw new Error(`extraction failed: ${outcome.error}`);
      sentences += outcome.result.sentences.length;
    }
  }
  return sentences;
}

const cypher = (file: string) =>
  readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')
    .trim()
    .replace(/;$/, '');
const WIPE = cypher('wipe.cypher');

export async function wipe(gateway: Gateway): Promise<void> {
  for (;;) {
    const [row] = await gateway.executeWrite(WIPE);
    if (Number(row.deleted) === 0) return;
  }
}

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));
