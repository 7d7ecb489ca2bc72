import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Gateway } from '../../src/graph/gateway.js';
import type { ArticleExtractor } from '../../src/pipeline/articleExtractor.js';
import type { Article } from '../../src/types.js';

/** Runs `work` once and returns its result and the wall time in seconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** Extracts every article with at most `inFlight` outstanding (the bounded queue of a real run). */
export async function extractAll(
  extractor: ArticleExtractor,
  articles: Article[],
  inFlight: number,
): Promise<number> {
  let next = 0;
  let sentences = 0;
  const lane = async () => {
    while (next < articles.length) {
      const article = articles[next++];
      sentences += (await extractor.extract(article)).sentences.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, inFlight) }, lane));
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
