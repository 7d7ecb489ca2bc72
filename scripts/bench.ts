/**
 * npm run bench [-- --sentences 100000 --replicas 40 --write-articles 200]
 *
 * Every figure is a ratio against a baseline measured in the same process, on the same data:
 *   1. extraction vs plain compromise `nlp(text)`      (sample articles, the development sets' news
 *                                                       articles in ../shared, and nlp-corpus)
 *   2. 2 extraction workers vs 1                        (nlp-corpus)
 *   3. batched writer vs one MERGE per transaction      (sample articles, same rows, equal graphs)
 *   4. re-ingest of unchanged articles vs first ingest  (sample articles as files)
 *   5. the whole nlp-corpus ingest as a child `kg ingest`: peak RSS and throughput
 *   6. one large .txt file read as a stream of sentences: peak RSS against RSS before the read
 * Neo4j: --uri/--password (or NEWSGRAPH_BENCH_URI/NEWSGRAPH_BENCH_PASSWORD), else a local instance
 * `bench` on 127.0.0.1:27687 started for the run. The benchmark EMPTIES that database.
 */
import '../src/cli/tuneV8.js'; // first: the V8 flags kg runs with (see the module)
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { kgIngestChild } from './bench/kgIngestChild.js';
import { hideBin } from 'yargs/helpers';
import { createGateway, type Gateway } from '../src/graph/gateway.js';
import { toWriteRows, type ArticleRows } from '../src/graph/toWriteRows.js';
import { writeArticles } from '../src/graph/writeArticles.js';
import { applySchema } from '../src/graph/applySchema.js';
import { startLocalServer, stopLocalServer, LOCAL_DEFAULTS } from '../src/neo4j-local/server.js';
import { nlp } from '../src/nlp.js';
import { createArticleExtractor } from '../src/pipeline/createArticleExtractor.js';
import { createWorkerExtractor, WORKER_GROUP } from '../src/pipeline/createWorkerExtractor.js';
import { runIngest } from '../src/pipeline/runIngest.js';
import { SETTINGS } from '../src/config/schema.js';
import { nlpCorpus, sampleCorpus, type Corpus } from './bench/corpora.js';
import { benchStreamLargeText } from './bench/streamLargeText.js';
import { extractAll, round, timed, wipe } from './bench/measure.js';
// the suite's node and relationship counts: the two writers must end with the same graph
import { graphCounts } from '../test/support/graphQueries.js';
import { writeNaively } from './bench/naiveWriter.js';
import { formatReport, type BenchReport } from './bench/report.js';

const args = yargs(hideBin(process.argv))
  .option('sentences', { type: 'number', default: 100_000, describe: 'nlp-corpus sentences' })
  .option('replicas', { type: 'number', default: 40, describe: 'copies of the 5 sample articles' })
  // 200, not 40: after the bench's wipe every statement is planned again on first use (0.4-0.8 s
  // each; 15 statements per batch then, 8 since entities and edges take one each), which at 40
  // articles (2 batches) was most of the batched writer's time (4.3 s, of which 2.5 s replanning;
  // 1.8 s with replanning skipped). A real ingest amortizes it.
  .option('write-articles', { type: 'number', default: 200, describe: 'articles for the writer comparison' })
  .option('large-text-mb', { type: 'number', default: 200, describe: 'size of the streamed .txt (0: skip)' })
  .option('dev-sets', {
    type: 'string',
    default: '../shared',
    describe: 'the folder holding dev-eval/articles and gum-dev/articles (news-like text for part 1)',
  })
  .option('dev-replicas', { type: 'number', default: 10, describe: 'copies of each development set' })
  .option('workers', { type: 'boolean', default: true, describe: 'run the worker comparison (2)' })
  .option('neo4j', { type: 'boolean', default: true, describe: 'run the Neo4j parts (3-5)' })
  .option('kg', {
    choices: ['dist', 'source'] as const,
    default: 'dist' as const,
    describe:
      'the kg of the full ingest: dist/cli/bin.js (what users run; npm run bench builds it) or src via tsx',
  })
  .option('uri', { type: 'string', default: process.env.NEWSGRAPH_BENCH_URI })
  .option('password', { type: 'string', default: process.env.NEWSGRAPH_BENCH_PASSWORD ?? 'newsgraph-bench' })
  .option('out', { type: 'string', default: 'bench/results' })
  .strict()
  .parseSync();

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const report: BenchReport = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '?', node: process.version },
  params: { sentences: args.sentences, replicas: args.replicas, writeArticles: args['write-articles'] },
  extraction: [],
};

async function extractionVsBaseline(corpus: Corpus): Promise<void> {
  const extractor = createArticleExtractor([]);
  const warm = corpus.articles.slice(0, 3);
  for (const a of warm) {
    nlp(a.text);
    extractor.extract(a);
  }
  log(`extraction on ${corpus.name}: plain compromise...`);
  const baseline = await timed(() => {
    for (const a of corpus.articles) nlp(a.text);
  });
  log(`extraction on ${corpus.name}: newsgraph (in-process)...`);
  const ours = await timed(() => extractAll(extractor, corpus.articles));
  const kb = corpus.bytes / 1024;
  report.extraction.push({
    corpus: corpus.name,
    sentences: corpus.sentences,
    kb: round(kb, 0),
    baseline: {
      seconds: round(baseline.seconds),
      sentencesPerSecond: round(corpus.sentences / baseline.seconds, 0),
      kbPerSecond: round(kb / baseline.seconds, 1),
    },
    newsgraph: {
      seconds: round(ours.seconds),
      sentencesPerSecond: round(corpus.sentences / ours.seconds, 0),
      kbPerSecond: round(kb / ours.seconds, 1),
    },
    ratio: round(baseline.seconds / ours.seconds),
  });
}

/**
 * 1 worker against 2 on the same articles, two passes per pool. The first pass of a fresh pool
 * includes each worker's JIT warm-up: every worker thread is its own V8 isolate and compiles
 * compromise and newsgraph for itself (about 4-6 CPU-seconds on 100,000 nlp-corpus sentences),
 * a cost paid once per worker whatever the input size. The second pass over the same articles
 * measures sustained throughput, what a long ingest runs at. Neither compromise nor newsgraph keeps
 * anything from one text to the next, so the second pass does the same work (checked with
 * per-thread CPU times: 38.1 and 39.1 CPU-seconds on the worker thread of the 1-worker pool).
 */
async function workerSpeedup(corpus: Corpus): Promise<void> {
  const first: Record<number, number> = {};
  const sustained: Record<number, number> = {};
  for (const workers of [1, 2]) {
    const pool = createWorkerExtractor(workers, { lexiconFiles: [] });
    // start-up: one group per worker, so that each thread is running with its modules loaded
    await extractAll(pool, corpus.articles.slice(0, WORKER_GROUP * workers));
    log(`extraction on ${corpus.name}: ${workers} worker(s), first pass...`);
    first[workers] = (await timed(() => extractAll(pool, corpus.articles))).seconds;
    log(`extraction on ${corpus.name}: ${workers} worker(s), second pass...`);
    sustained[workers] = (await timed(() => extractAll(pool, corpus.articles))).seconds;
    await pool.close?.();
  }
  const pass = (seconds: Record<number, number>) => ({
    oneWorkerSeconds: round(seconds[1]),
    twoWorkersSeconds: round(seconds[2]),
    speedup: round(seconds[1] / seconds[2]),
  });
  report.workers = { corpus: corpus.name, firstPass: pass(first), sustained: pass(sustained) };
}

/** The batched writer as kg ingest runs it: one transaction per SETTINGS.batchSize.default articles. */
async function writeInBatches(gateway: Gateway, rows: ArticleRows[]): Promise<void> {
  for (let i = 0; i < rows.length; i += SETTINGS.batchSize.default)
    await writeArticles(gateway, rows.slice(i, i + SETTINGS.batchSize.default));
}

async function writers(gateway: Gateway, corpus: Corpus): Promise<void> {
  const extractor = createArticleExtractor([]);
  const rows = corpus.articles.map((a) => {
    const { sentences, doc } = extractor.extract(a);
    return toWriteRows(a, sentences, doc);
  });
  const mentionsAndClaims = rows.reduce((n, r) => n + r.mentions.length + r.claims.length, 0);
  // Warm-up, so that neither writer pays for what is not writing: the first run of each statement is
  // Cypher planning, and a freshly started Neo4j runs slowly until the JVM has compiled its hot code.
  // The batched writer writes every article once (on a fresh server its timed run then took 5.1 s
  // instead of 7.3 s after a 5-article warm-up), the naive writer runs each of its statements on 5
  // articles (its own timed run lasts about two minutes, warm after the first seconds); then the
  // graph is wiped. The timed batched run still replans its statements once, as the emptied graph
  // grows (about 2 s of its 4-5 s), as any first ingest into an empty database does.
  log('writes: warming up both writers...');
  await wipe(gateway);
  await writeInBatches(gateway, rows);
  await wipe(gateway);
  await writeNaively(gateway, rows.slice(0, 5));
  await wipe(gateway);
  log(`writes: batched (${rows.length} articles, ${mentionsAndClaims} mentions + claims)...`);
  const batched = await timed(() => writeInBatches(gateway, rows));
  const batchedCounts = await graphCounts(gateway);
  await wipe(gateway);
  log('writes: naive (one MERGE per transaction)...');
  const naive = await timed(() => writeNaively(gateway, rows));
  const naiveCounts = await graphCounts(gateway);
  report.writes = {
    articles: rows.length,
    mentionsAndClaims,
    batched: {
      seconds: round(batched.seconds),
      rowsPerSecond: round(mentionsAndClaims / batched.seconds, 0),
    },
    naive: { seconds: round(naive.seconds), rowsPerSecond: round(mentionsAndClaims / naive.seconds, 0) },
    ratio: round(naive.seconds / batched.seconds),
    sameGraph: JSON.stringify(batchedCounts) === JSON.stringify(naiveCounts),
  };
}

async function reingest(gateway: Gateway, corpus: Corpus): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  for (const a of corpus.articles) {
    mkdirSync(join(dir, a.id, '..'), { recursive: true });
    writeFileSync(join(dir, a.id), a.text);
  }
  await wipe(gateway);
  const extractor = createWorkerExtractor(2, { lexiconFiles: [] });
  const options = { batchSize: SETTINGS.batchSize.default, dryRun: false, lexiconFiles: [], root: dir };
  log(`re-ingest: first ingest of ${corpus.articles.length} files...`);
  const first = await timed(() => runIngest([dir], gateway, extractor, options));
  log('re-ingest: the same files again...');
  const again = await timed(() => runIngest([dir], gateway, extractor, options));
  await extractor.close?.();
  rmSync(dir, { recursive: true, force: true });
  report.reingest = {
    articles: corpus.articles.length,
    firstSeconds: round(first.seconds),
    againSeconds: round(again.seconds),
    skipped: again.value.articles.skipped,
    ratio: round(first.seconds / again.seconds),
  };
}

/** The whole corpus through `kg ingest` in a child process: its own peak RSS, nothing else's. */
async function fullIngest(uri: string, corpus: Corpus): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpus.articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n'));
  // tsx's loader alone adds 60-80 MB of RSS to the process (its transform cache and esbuild)
  const kg = args.kg === 'dist' ? ['dist/cli/bin.js'] : ['--import', 'tsx', 'src/cli/bin.ts'];
  const cli = [...kg, 'ingest', file, '--workers', '2', '--json', '--quiet'];
  log(`full ingest: ${corpus.name} through kg ingest --workers 2 (${args.kg})...`);
  const summary = await kgIngestChild(cli, uri, args.password);
  rmSync(dir, { recursive: true, force: true });
  report.fullIngest = {
    corpus: corpus.name,
    kg: args.kg,
    articles: summary.articles.new,
    sentences: summary.sentences,
    seconds: round(summary.seconds),
    sentencesPerSecond: round(summary.sentences / summary.seconds, 0),
    peakRssMB: summary.peakRssMB,
  };
}

async function withNeo4j(work: (gateway: Gateway, uri: string) => Promise<void>): Promise<void> {
  const local = {
    ...LOCAL_DEFAULTS,
    instance: 'bench',
    boltPort: 27687,
    httpPort: 27474,
    password: args.password,
  };
  let started = false;
  let uri = args.uri;
  if (!uri) {
    log('starting the local Neo4j instance "bench" (127.0.0.1:27687)...');
    const status = await startLocalServer(local, log);
    started = true;
    uri = status.uri;
  }
  const gateway = createGateway({ uri, username: 'neo4j', password: args.password, database: 'neo4j' });
  try {
    await gateway.verifyConnectivity();
    await applySchema(gateway);
    await work(gateway, uri);
    await wipe(gateway);
  } finally {
    await gateway.close();
    if (started) await stopLocalServer(local);
  }
}

if (args['large-text-mb'] > 0) {
  log(`large text: a ${args['large-text-mb']} MB .txt read as a stream of sentences...`);
  report.largeText = await benchStreamLargeText({ sizeMB: args['large-text-mb'], dir: tmpdir() });
}
const sample = sampleCorpus('data/articles', args.replicas);
const text = nlpCorpus(args.sentences);
await extractionVsBaseline(sample);
// News-like text beyond the five sample articles: the development sets' articles, when ../shared is there.
for (const set of ['dev-eval', 'gum-dev']) {
  const dir = join(args['dev-sets'], set, 'articles');
  if (existsSync(dir)) await extractionVsBaseline(sampleCorpus(dir, args['dev-replicas'], `${set} articles`));
  else log(`${dir} not found: no extraction figure for ${set}`);
}
await extractionVsBaseline(text);
if (args.workers) await workerSpeedup(text);
if (args.neo4j) {
  await withNeo4j(async (gateway, uri) => {
    await writers(gateway, sampleCorpus('data/articles', Math.ceil(args['write-articles'] / 5)));
    await reingest(gateway, sample);
    await fullIngest(uri, text);
  });
}
report.benchProcessPeakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);

mkdirSync(args.out, { recursive: true });
const file = join(args.out, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(formatReport(report));
process.stdout.write(`\nJSON: ${file}\n`);
