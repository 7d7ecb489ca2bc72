import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Gateway } from '../../src/graph/gateway.js';
import type { ArticleExtractor, ExtractionOutcome } from '../../src/pipeline/articleExtractor.js';
import { SETTINGS } from '../../src/config/schema.js';
import type { Article } from '../../src/types.js';

/** Runs `work` once and returns its result and the wall time in seconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/**
 * Extracts every article as `kg ingest` does: a batch of `batchSize` at a time (extractMany, so
 * compromise parses the candidate sentences of a batch together), the next batch started before
 * the previous one is finished. Returns the sentence count.
 */
export async function extractAll(
  extractor: ArticleExtractor,
  articles: Article[],
  batchSize: number = SETTINGS.batchSize.default,
): Promise<number> {
  let sentences = 0;
  const count = (outcomes: ExtractionOutcome[]) => {
    for (const outcome of outcomes) {
      if (!outcome.ok) throw new Error(`extraction failed: ${outcome.error}`);
      sentences += outcome.result.sentences.length;
    }
  };
  let previous: Promise<ExtractionOutcome[]> | null = null;
  for (let i = 0; i < articles.length; i += batchSize) {
    const current = Promise.resolve(extractor.extractMany(articles.slice(i, i + batchSize)));
    if (previous) count(await previous);
    previous = current;
  }
  if (previous) count(await previous);
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
