/**
 * `npm run bench:growth`: does ingest stay as fast, and as small, when the graph is ten times bigger?
 *
 * The input is copies of one round: the nlp-corpus sentences (--round-sentences, 100,000) plus
 * --sample-copies copies of the five sample articles, each copy with its own ids and its own names
 * (scripts/bench/varyNames.ts), so entities keep growing as in a real archive. The graph is built in
 * steps (--steps, in nlp-corpus sentences: 100,000, 300,000, 1,000,000), each step one `kg ingest
 * --workers 2` child process (the built CLI) on the rounds it adds, into the same database. Per step:
 * sentences/s, peak RSS, the busy share of each ingest stage (extraction, writes, the lookup of known
 * articles) and Neo4j's own planning and execution time (its query collector). After the steps, the
 * probe: one more run the size of the first step, into the full graph (same input, a graph ten times
 * bigger), the direct comparison of speed and peak RSS with the first step.
 * Then (--bulk, on by default) the whole input once more: as extraction only (--dry-run), as one
 * ordinary `kg ingest` into an empty instance, and as `kg ingest --bulk` into another; both graphs
 * are compared with the stepwise one.
 * Not a test: one run's figures, printed as a table and written as JSON under bench/results/.
 *   npm run bench:growth                                       # 1M sentences: about an hour on 2 cores
 *   npm run bench:growth -- --round-sentences 3000 --steps 3000,9000,30000   # a few minutes
 * Neo4j: the local instances `bench-growth` (127.0.0.1:27690), `bench-growth-once` (27692) and
 * `bench-growth-bulk` (27691), created and started for the run, emptied first, stopped at the end.
 */
import '../src/cli/tuneV8.js';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { createGateway, type Gateway } from '../src/graph/gateway.js';
import { LOCAL_DEFAULTS, startLocalServer, stopLocalServer } from '../src/neo4j-local/server.js';
import type { IngestSummary } from '../src/pipeline/types.js';
import { graphDump } from '../test/support/graphQueries.js';
import { nlpCorpus, sampleCorpus } from './bench/corpora.js';
import { kgIngestChild } from './bench/kgIngestChild.js';
import { round, wipe } from './bench/measure.js';
import { startQueryStats, stopQueryStats, type QueryStats } from './bench/queryStats.js';
import { knownWords, varyNames } from './bench/varyNames.js';

const args = yargs(hideBin(process.argv))
  .option('round-sentences', { type: 'number', default: 100_000, describe: 'nlp-corpus sentences per round' })
  .option('sample-copies', {
    type: 'number',
    default: 8,
    describe: 'copies of the 5 sample articles per round',
  })
  .option('steps', {
    type: 'string',
    default: '100000,300000,1000000',
    describe: 'graph size after each step, in nlp-corpus sentences (multiples of --round-sentences)',
  })
  .option('workers', { type: 'number', default: 2 })
  .option('bulk', {
    type: 'boolean',
    default: true,
    describe: 'also extraction only and --bulk on everything',
  })
  .option('password', { type: 'string', default: 'newsgraph-bench' })
  .option('out', { type: 'string', default: 'bench/results' })
  .strict()
  .parseSync();
const log = (line: string) =>
  process.stderr.write(`bench:growth: ${new Date().toISOString().slice(11, 19)} ${line}\n`);

const perRound = args['round-sentences'];
const steps = args.steps.split(',').map(Number);
if (steps.some((s, i) => !(s > 0) || s % perRound !== 0 || (i > 0 && s <= steps[i - 1])))
  throw new Error(`--steps must grow and be multiples of --round-sentences (${perRound})`);
// One round more than the steps need: the probe, a run of the first step's size into the full graph
// (same input size, a graph ten times bigger: the direct comparison for speed and memory).
const rounds = steps[steps.length - 1] / perRound + steps[0] / perRound;

// One JSON Lines file per round: round r is copy r of the nlp-corpus sentences and the sample articles.
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-growth-'));
const kept = knownWords('data');
const base = [
  ...sampleCorpus('data/articles', args['sample-copies']).articles,
  ...nlpCorpus(perRound).articles,
];
const roundFiles: string[] = [];
for (let r = 0; r < rounds; r++) {
  const file = join(dir, `round-${r}.jsonl`);
  const out = createWriteStream(file);
  for (const a of base) {
    const line = `${JSON.stringify({ id: `round-${r}/${a.id}`, text: varyNames(a.text, r, kept) })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  roundFiles.push(file);
}
log(`${rounds} rounds of ${base.length} articles written to ${dir}`);

const instance = (name: string, boltPort: number, httpPort: number) => ({
  ...LOCAL_DEFAULTS,
  instance: name,
  boltPort,
  httpPort,
  password: args.password,
});
const gatewayOf = (uri: string) =>
  createGateway({ uri, username: 'neo4j', password: args.password, database: 'neo4j' });

const kgIngest = (files: string[], uri: string, extra: string[]): Promise<IngestSummary> =>
  kgIngestChild(
    ['dist/cli/bin.js', 'ingest', ...files, '--workers', String(args.workers), '--json', '--quiet', ...extra],
    uri,
    args.password,
  );

interface StepRow {
  step: string;
  graphSentences: number;
  sentences: number;
  seconds: number;
  sentencesPerSecond: number;
  peakRssMB: number;
  entitiesInGraph: number;
  share: { extract: number; write: number; lookup: number; planning: number; neo4jExecution: number };
}
const stepRow = (step: string, s: IngestSummary, stats: QueryStats, graph: GraphSize): StepRow => ({
  step,
  graphSentences: graph.sentences,
  sentences: s.sentences,
  seconds: round(s.seconds),
  sentencesPerSecond: round(s.sentences / s.seconds, 0),
  peakRssMB: s.peakRssMB,
  entitiesInGraph: graph.entities,
  share: {
    extract: round(s.stageSeconds.extract / s.seconds),
    write: round(s.stageSeconds.write / s.seconds),
    lookup: round(s.stageSeconds.lookup / s.seconds),
    planning: round(stats.planningSeconds / s.seconds, 3),
    neo4jExecution: round(stats.executionSeconds / s.seconds),
  },
});

interface GraphSize {
  sentences: number;
  entities: number;
}
async function graphSize(gateway: Gateway): Promise<GraphSize> {
  // label counts come from Neo4j's count store: constant time whatever the size
  const [sentences] = await gateway.executeRead('MATCH (s:Sentence) RETURN count(s) AS n');
  const [entities] = await gateway.executeRead('MATCH (e:Entity) RETURN count(e) AS n');
  return { sentences: Number(sentences.n), entities: Number(entities.n) };
}

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model ?? '?', node: process.version },
  params: { roundSentences: perRound, sampleCopies: args['sample-copies'], steps, workers: args.workers },
};
const rows: StepRow[] = [];
const main = instance('bench-growth', 27690, 27477);
const bulkInstance = instance('bench-growth-bulk', 27691, 27478);
const onceInstance = instance('bench-growth-once', 27692, 27479);

/** Starts a local instance, empties it, runs `work` against it, and stops it again. */
async function inFreshInstance<T>(
  options: ReturnType<typeof instance>,
  work: (uri: string, gateway: Gateway) => Promise<T>,
): Promise<T> {
  const uri = (await startLocalServer(options, log)).uri;
  const gateway = gatewayOf(uri);
  try {
    await wipe(gateway);
    return await work(uri, gateway);
  } finally {
    await gateway.close();
    await stopLocalServer(options);
  }
}
try {
  const uri = (await startLocalServer(main, log)).uri;
  const gateway = gatewayOf(uri);
  try {
    await wipe(gateway);
    let done = 0;
    for (const target of steps) {
      const files = roundFiles.slice(done / perRound, target / perRound);
      log(`step to ${target} nlp-corpus sentences: kg ingest of ${files.length} round(s)...`);
      await startQueryStats(gateway);
      const summary = await kgIngest(files, uri, []);
      const stats = await stopQueryStats(gateway);
      rows.push(stepRow(`${done / 1000}k -> ${target / 1000}k`, summary, stats, await graphSize(gateway)));
      log(JSON.stringify(rows[rows.length - 1]));
      done = target;
    }
    const probeFiles = roundFiles.slice(done / perRound);
    log(
      `probe: kg ingest of ${probeFiles.length} more round(s), the size of the first step, into the full graph...`,
    );
    await startQueryStats(gateway);
    const probe = await kgIngest(probeFiles, uri, []);
    const probeStats = await stopQueryStats(gateway);
    rows.push(
      stepRow(
        `probe ${done / 1000}k -> ${(done + steps[0]) / 1000}k`,
        probe,
        probeStats,
        await graphSize(gateway),
      ),
    );
    log(JSON.stringify(rows[rows.length - 1]));
    report.steps = rows;
    if (args.bulk) {
      const incremental = await graphDump(gateway);
      const everything = roundFiles; // the steps' rounds and the probe's: the whole graph
      log('extraction only (--dry-run) of everything...');
      const dry = await kgIngest(everything, uri, ['--dry-run']);
      // the ordinary ingest of everything in one run, into an empty instance, just before the bulk
      // load: the same input and the same moment's machine, so the two rates compare
      const oneRun = await inFreshInstance(onceInstance, async (onceUri, onceGateway) => {
        log('the ordinary ingest of everything in one run, into an empty instance...');
        const summary = await kgIngest(everything, onceUri, []);
        return { summary, dump: await graphDump(onceGateway) };
      });
      const bulk = await inFreshInstance(bulkInstance, async (bulkUri, bulkGateway) => {
        log('--bulk of everything into an empty instance...');
        const summary = await kgIngest(everything, bulkUri, ['--bulk']);
        await bulkGateway.verifyConnectivity();
        return { summary, dump: await graphDump(bulkGateway) };
      });
      const same = (d: unknown) => JSON.stringify(d) === JSON.stringify(incremental);
      const rate = (s: IngestSummary) => round(s.sentences / s.seconds, 0);
      const figures = (s: IngestSummary) => ({
        seconds: round(s.seconds),
        sentencesPerSecond: rate(s),
        peakRssMB: s.peakRssMB,
      });
      const stepwise = rows.reduce((acc, r) => ({ s: acc.s + r.sentences, t: acc.t + r.seconds }), {
        s: 0,
        t: 0,
      });
      report.bulk = {
        sentences: bulk.summary.sentences,
        extractionOnly: figures(dry),
        ordinaryInOneRun: figures(oneRun.summary),
        bulk: figures(bulk.summary),
        stepwise: { seconds: round(stepwise.t), sentencesPerSecond: round(stepwise.s / stepwise.t, 0) },
        bulkVsExtraction: round(rate(bulk.summary) / rate(dry)),
        bulkVsOrdinary: round(rate(bulk.summary) / rate(oneRun.summary)),
        graphsEqual: { bulk: same(bulk.dump), ordinaryInOneRun: same(oneRun.dump) },
      };
      if (!same(bulk.dump) || !same(oneRun.dump)) process.exitCode = 1;
    }
  } finally {
    await gateway.close();
  }
} finally {
  await stopLocalServer(main);
  rmSync(dir, { recursive: true, force: true });
}

const first = rows[0];
const last = rows[rows.length - 2]; // the last step (the probe comes after it)
const probe = rows[rows.length - 1];
report.lastVsFirst = { sentencesPerSecond: round(last.sentencesPerSecond / first.sentencesPerSecond) };
report.probeVsFirst = {
  sentencesPerSecond: round(probe.sentencesPerSecond / first.sentencesPerSecond),
  peakRss: round(probe.peakRssMB / first.peakRssMB),
};
mkdirSync(args.out, { recursive: true });
const file = join(args.out, `growth-${String(report.date).replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
const pct = (x: number) => `${Math.round(x * 100)}%`;
process.stdout.write(
  [
    `kg ingest --workers ${args.workers}, rounds of ${base.length} articles (nlp-corpus ${perRound} sentences + data/articles x ${args['sample-copies']}), names varied per round`,
    '| step (nlp-corpus sentences) | graph sentences after | sentences | s | sentences/s | peak RSS MB | entities after | extract | write | lookup | Neo4j planning | Neo4j execution |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.step} | ${r.graphSentences} | ${r.sentences} | ${r.seconds} | ${r.sentencesPerSecond} | ${r.peakRssMB} | ${r.entitiesInGraph} | ${pct(r.share.extract)} | ${pct(r.share.write)} | ${pct(r.share.lookup)} | ${(r.share.planning * 100).toFixed(1)}% | ${pct(r.share.neo4jExecution)} |`,
    ),
    `sentences/s of the last step / the first: ${round(last.sentencesPerSecond / first.sentencesPerSecond)}; ` +
      `the probe (the first step's size into the full graph) / the first step: sentences/s ${round(probe.sentencesPerSecond / first.sentencesPerSecond)}, peak RSS ${round(probe.peakRssMB / first.peakRssMB)}`,
    report.bulk ? `bulk: ${JSON.stringify(report.bulk)}` : '',
    `JSON: ${file}`,
    '',
  ].join('\n'),
);
