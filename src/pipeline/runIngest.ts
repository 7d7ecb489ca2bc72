import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jUnavailableError } from '../errors.js';
import { applySchema } from '../graph/applySchema.js';
import { loadCypher } from '../graph/cypherFiles.js';
import type { Gateway } from '../graph/gateway.js';
import { toWriteRows } from '../graph/toWriteRows.js';
import { writeArticles } from '../graph/writeArticles.js';
import { describeFailure, readInputs } from '../text/index.js';
import type { Article } from '../types.js';
import type { ArticleExtractor } from './articleExtractor.js';
import { createFetchLedger } from './createFetchLedger.js';
import { emptySummary, type ArticleDone, type IngestOptions, type IngestSummary } from './types.js';

/**
 * The ingest runner: the one place with side effects (files, Neo4j, progress,
 * timing). Reads inputs as a stream, skips articles whose sha256 is unchanged,
 * extracts the rest, and writes them in batches of `batchSize` articles, one
 * transaction each. A failed file is counted and reported; the rest goes on.
 */
export async function runIngest(
  inputs: string[],
  gateway: Gateway | null,
  extractor: ArticleExtractor,
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const summary = emptySummary(options.dryRun);
  const entityIds = options.entityIds ?? new Set<string>();
  let sentencesDone = 0;
  const stages = { lookup: 0, extract: 0, write: 0 }; // busy milliseconds per stage
  const write = gateway && !options.dryRun ? gateway : null;
  // a bulk run loads an empty database (checked by runBulkIngest): nothing to look up, schema after
  const online = options.sink ? null : write;
  if (online) await applySchema(online);
  const ledger = createFetchLedger(write, summary);

  // Three stages overlap: batch k+1 is read and starts extracting while batch k finishes
  // extracting and batch k-1 is written. The workers then always have the next batch's articles
  // queued instead of idling at the end of each batch (2 workers on nlp-corpus: 1.21x faster than
  // 1 with a pause per batch, 1.40x with none). At most one write in flight; memory holds at most
  // three batches whatever the input size.
  let writing: Promise<void> = Promise.resolve();
  let extracting: Promise<Extracted[]> | null = null;
  let pending: Article[] = [];

  const report = (
    article: { id: string; path?: string | null },
    kind: ArticleDone['kind'],
    sentences: number,
    relations: number,
  ) =>
    options.onArticle?.({ id: article.id, source: article.path ?? article.id, kind, sentences, relations });

  type Extracted = { rows: ReturnType<typeof toWriteRows>; kind: 'new' | 'updated' };
  const extractStage = async (batch: Article[]): Promise<Extracted[]> => {
    const lookupStarted = performance.now();
    const known = online
      ? await knownHashes(
          online,
          batch.map((a) => a.id),
        )
      : new Map<string, string>();
    stages.lookup += performance.now() - lookupStarted;
    const fresh = batch.filter((article) => known.get(article.id) !== article.sha256);
    summary.articles.skipped += batch.length - fresh.length;
    for (const article of batch)
      if (known.get(article.id) === article.sha256) report(article, 'skipped', 0, 0);
    // one call for the batch: compromise parses the candidate sentences of several articles together
    const extractStarted = performance.now();
    const outcomes = await extractor.extractMany(fresh);
    stages.extract += performance.now() - extractStarted;
    const extracted = fresh.map((article, i): Extracted | null => {
      const outcome = outcomes[i];
      if (!outcome.ok) {
        ledger.articleFailed(article);
        summary.articles.failed++;
        summary.failures.push({
          source: article.path ?? article.id,
          reason: `extraction failed: ${outcome.error}`,
        });
        return null;
      }
      const { sentences, doc } = outcome.result;
      return { rows: toWriteRows(article, sentences, doc), kind: known.has(article.id) ? 'updated' : 'new' };
    });
    return extracted.filter((x) => x !== null);
  };

  const writeStage = async (done: Extracted[]) => {
    await writing;
    writing = (async () => {
      const writeStarted = performance.now();
      if (done.length > 0 && options.sink) await options.sink.write(done.map((d) => d.rows));
      else if (done.length > 0 && write)
        await withReconnect(() =>
          writeArticles(
            write,
            done.map((d) => d.rows),
          ),
        );
      stages.write += performance.now() - writeStarted;
      for (const { rows, kind } of done) {
        summary.articles[kind]++;
        summary.sentences += rows.sentences.length;
        summary.claims += rows.claims.length;
        summary.relations += rows.claims.filter((c) => !c.negated).length;
        for (const entity of rows.entities) entityIds.add(entity.id);
        sentencesDone += rows.sentences.length;
        report(rows.article, kind, rows.sentences.length, rows.claims.filter((c) => !c.negated).length);
      }
      options.onProgress?.({
        articlesDone: summary.articles.new + summary.articles.updated + summary.articles.skipped,
        sentencesDone,
        elapsedSeconds: (Date.now() - started) / 1000,
      });
    })();
    // a failed write fails the run at once rather than after the next batch's extraction
    writing.catch(() => undefined);
  };

  /** Starts extracting what was read, then hands the batch extracted before it to the writer. */
  const flush = async () => {
    const batch = pending;
    pending = [];
    const previous = extracting;
    extracting = batch.length > 0 ? extractStage(batch) : null;
    // awaited by the next flush; until then a failure (Neo4j gone for good) must not count as unhandled
    extracting?.catch(() => undefined);
    if (previous) await writeStage(await previous);
  };

  const seen = new Set<string>();
  const reading = readInputs(inputs, {
    root: options.root,
    maxFileBytes: options.maxFileBytes,
    web: { ...options.web, ...ledger.web },
  });
  for await (const item of reading) {
    if (!item.ok) {
      summary.articles.failed++;
      summary.failures.push({ source: item.source, reason: item.reason });
      process.stderr.write(`kg: ${describeFailure(item)}\n`);
      continue;
    }
    if (seen.has(item.article.id)) continue; // the same file named twice
    seen.add(item.article.id);
    pending.push(item.article);
    if (pending.length >= options.batchSize) await flush();
    if (options.signal?.aborted) break;
  }
  // Ctrl-C: the batch already extracting is finished and written; what was read after it is not.
  if (options.signal?.aborted) {
    summary.interrupted = true;
    pending = [];
  }
  await flush(); // starts the last batch, writes the one before it
  await flush(); // writes the last batch
  await writing;
  await options.sink?.finish();
  await withReconnect(() => ledger.save());
  summary.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  summary.entities = entityIds.size;
  summary.seconds = (Date.now() - started) / 1000;
  summary.stageSeconds = {
    lookup: stages.lookup / 1000,
    extract: stages.extract / 1000,
    write: stages.write / 1000,
  };
  return summary;
}

async function knownHashes(gateway: Gateway, ids: string[]): Promise<Map<string, string>> {
  const rows = await withReconnect(() =>
    gateway.executeRead(loadCypher('write/article-hashes.cypher'), { ids }),
  );
  return new Map(rows.map((row) => [row.id as string, row.sha256 as string]));
}

/**
 * The driver already retries transient errors inside one managed transaction;
 * this covers a server that went away for longer (restart): wait and try the
 * whole batch again, which is safe because a batch is one transaction of MERGEs.
 */
async function withReconnect<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof Neo4jUnavailableError) || attempt >= attempts) throw error;
      await sleep(Math.min(2000 * attempt, 10_000));
    }
  }
}
