/**
 * `npm run bench:bulk`: the same inputs three ways through the built `kg ingest --workers 2`, each
 * in a child process into one local instance, and the ratios between them:
 *   1. --dry-run: extraction only (the physical limit of any load)
 *   2. the ordinary incremental ingest into an empty database
 *   3. --bulk into an empty database (CSV files, stop, neo4j-admin import, start, schema)
 * and checks that 2 and 3 leave the same graph (graphDump: counts per label and type, every typed edge
 * with its aggregates). Not a test: one run's figures, printed as a table.
 *   npm run bench:bulk -- --sentences 100000 --replicas 40
 * Neo4j: --uri/--password of a running `kg neo4j` instance (it is emptied and restarted), else the
 * instance `bench-bulk` on 127.0.0.1:27688 is started for the run and stopped after it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { kgIngestChild } from './bench/kgIngestChild.js';
import { hideBin } from 'yargs/helpers';
import { createGateway } from '../src/graph/gateway.js';
import { LOCAL_DEFAULTS, startLocalServer, stopLocalServer } from '../src/neo4j-local/server.js';
import type { IngestSummary } from '../src/pipeline/types.js';
import { graphDump } from '../test/support/graphQueries.js';
import { nlpCorpus, sampleCorpus } from './bench/corpora.js';
import { round, wipe } from './bench/measure.js';

const args = yargs(hideBin(process.argv))
  .option('sentences', { type: 'number', default: 100_000, describe: 'nlp-corpus sentences' })
  .option('replicas', { type: 'number', default: 40, describe: 'copies of the 5 sample articles' })
  .option('uri', { type: 'string', default: process.env.NEWSGRAPH_BENCH_URI })
  .option('password', { type: 'string', default: process.env.NEWSGRAPH_BENCH_PASSWORD ?? 'newsgraph-bench' })
  .strict()
  .parseSync();
const log = (line: string) => process.stderr.write(`bench:bulk: ${line}\n`);

const local = {
  ...LOCAL_DEFAULTS,
  instance: 'bench-bulk',
  boltPort: 27688,
  httpPort: 27475,
  password: args.password,
};
const uri = args.uri ?? (await startLocalServer(local, log)).uri;
const gateway = createGateway({ uri, username: 'neo4j', password: args.password, database: 'neo4j' });

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-bulk-'));
const file = join(dir, 'corpus.jsonl');
const articles = [
  ...sampleCorpus('data/articles', args.replicas).articles,
  ...nlpCorpus(args.sentences).articles,
];
writeFileSync(file, articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n'));

/** One `kg ingest` child (the built CLI, what users run) and its JSON summary. */
function kgIngest(extra: string[]): Promise<IngestSummary> {
  return kgIngestChild(
    ['dist/cli/bin.js', 'ingest', file, '--workers', '2', '--json', '--quiet', ...extra],
    uri,
    args.password,
  );
}

const rows: { run: string; seconds: number; sentencesPerSecond: number; peakRssMB: number }[] = [];
const record = (run: string, s: IngestSummary) =>
  rows.push({
    run,
    seconds: round(s.seconds),
    sentencesPerSecond: round(s.sentences / s.seconds, 0),
    peakRssMB: s.peakRssMB,
  });
try {
  await wipe(gateway);
  log(`${articles.length} articles: extraction only (--dry-run)...`);
  record('extraction only (--dry-run)', await kgIngest(['--dry-run']));
  log('ordinary ingest into an empty database...');
  record('ordinary ingest', await kgIngest([]));
  const ordinary = await graphDump(gateway);
  await wipe(gateway);
  log('--bulk into the emptied database...');
  record('--bulk', await kgIngest(['--bulk']));
  await gateway.verifyConnectivity();
  const equal = JSON.stringify(await graphDump(gateway)) === JSON.stringify(ordinary);
  const [dry, incremental, bulk] = rows;
  process.stdout.write(
    [
      `${articles.length} articles (data/articles x ${args.replicas}, nlp-corpus ${args.sentences} sentences), kg ingest --workers 2`,
      '| run | seconds | sentences/s | peak RSS MB |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.run} | ${r.seconds} | ${r.sentencesPerSecond} | ${r.peakRssMB} |`),
      `--bulk / extraction only: ${round(bulk.sentencesPerSecond / dry.sentencesPerSecond)}x; --bulk / ordinary: ${round(bulk.sentencesPerSecond / incremental.sentencesPerSecond)}x; graphs equal: ${equal}`,
      '',
    ].join('\n'),
  );
  if (!equal) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
  await wipe(gateway);
  await gateway.close();
  if (!args.uri) await stopLocalServer(local);
}
