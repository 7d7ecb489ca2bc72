/**
 * `npm run soak`: the long checks that stay out of `npm test` (minutes to an hour), each ending
 * with one line of figures and PASS or FAIL; the exit code is 1 when any fails.
 *   fuzz          the unit test's fast-check generators and properties through the whole extractor, --cases of them
 *   sigkill       SIGKILL of the Neo4j JVM mid-ingest of --articles, restart, rerun
 *   concurrent    four `kg ingest` processes at once on overlapping slices
 *   ctrl-c <stage> SIGINT while reading, extracting, writing, and in the final flush; then a rerun
 * Every Neo4j scenario must end with the graph of a clean ingest of the same articles (the canonical
 * dump of the reliability tests) and zero duplicate entity ids.
 *   npm run soak                                   # 10,000 cases, 300 articles
 *   npm run soak -- --cases 200 --articles 40 --only fuzz,ctrl-c
 * Neo4j: a local `kg neo4j` instance, because the sigkill scenario kills and restarts its JVM:
 * `soak` on 127.0.0.1:27689 is started for the run and stopped after it; an instance already
 * running (--instance/--bolt-port/--http-port/--password of a `kg neo4j start`) is used and left
 * running. Its database is EMPTIED.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { createGateway } from '../src/graph/gateway.js';
import {
  LOCAL_DEFAULTS,
  localServerStatus,
  startLocalServer,
  stopLocalServer,
} from '../src/neo4j-local/server.js';
import { graphDump } from '../test/support/graphQueries.js';
import { wipe } from './bench/measure.js';
import { concurrentScenario } from './soak/concurrent.js';
import { writeCorpus } from './soak/corpus.js';
import { ctrlCScenario, STAGES } from './soak/ctrlC.js';
import { fuzzScenario } from './soak/fuzz.js';
import { articlesLine, runKg } from './soak/kgChild.js';
import { resultLine, type ScenarioResult } from './soak/scenario.js';
import { sigkillScenario } from './soak/sigkill.js';

const SCENARIOS = ['fuzz', 'sigkill', 'concurrent', 'ctrl-c'] as const;
const args = yargs(hideBin(process.argv))
  .option('cases', { type: 'number', default: 10_000, describe: 'fast-check cases through the extractor' })
  .option('seed', { type: 'number', default: Date.now() % 2 ** 31, describe: 'fast-check seed (printed)' })
  .option('articles', {
    type: 'number',
    default: 300,
    describe: 'generated articles for the Neo4j scenarios',
  })
  .option('only', { type: 'string', describe: `comma-separated subset of ${SCENARIOS.join(',')}` })
  .option('instance', { type: 'string', default: 'soak' })
  .option('bolt-port', { type: 'number', default: 27689 })
  .option('http-port', { type: 'number', default: 27476 })
  .option('password', { type: 'string', default: process.env.NEWSGRAPH_SOAK_PASSWORD ?? 'newsgraph-soak' })
  .strict()
  .parseSync();
const only = new Set(args.only ? args.only.split(',').map((s) => s.trim()) : SCENARIOS);
for (const name of only)
  if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`--only: no scenario ${name}`);

const log = (line: string) => process.stderr.write(`soak: ${line}\n`);
const results: ScenarioResult[] = [];
const report = (result: ScenarioResult) => {
  results.push(result);
  process.stdout.write(`${resultLine(result)}\n`);
};
const started = Date.now();

if (only.has('fuzz')) report(fuzzScenario(args.cases, args.seed, log));

const graphScenarios = SCENARIOS.filter((name) => name !== 'fuzz' && only.has(name));
if (graphScenarios.length > 0) {
  const local = {
    ...LOCAL_DEFAULTS,
    instance: args.instance,
    boltPort: args['bolt-port'],
    httpPort: args['http-port'],
    password: args.password,
  };
  const wasRunning = (await localServerStatus(local)).running;
  const { uri } = await startLocalServer(local, log);
  const server = { uri, password: args.password };
  let gateway = createGateway({ uri, username: 'neo4j', password: args.password, database: 'neo4j' });
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-soak-'));
  try {
    const corpus = writeCorpus(dir, args.articles);
    await wipe(gateway);
    log(`a clean ingest of ${args.articles} articles (the graph every scenario must end with)...`);
    const cleanRun = await runKg(['ingest', corpus.all, '--json'], server);
    if (cleanRun.code !== 0)
      throw new Error(`the clean ingest failed (exit ${cleanRun.code}): ${cleanRun.stderr}`);
    const clean = await graphDump(gateway);
    report({
      name: 'clean',
      ok: cleanRun.summary?.articles.new === args.articles,
      figures:
        `${articlesLine(cleanRun.summary)} articles, ${cleanRun.summary?.sentences} sentences, ` +
        `${clean.edges.length} typed edges, ${clean.counts.labels.Claim ?? 0} claims, ${Math.round(cleanRun.summary?.seconds ?? 0)} s`,
    });
    if (only.has('sigkill')) {
      log('sigkill...');
      await gateway.close();
      const outcome = await sigkillScenario(local, server, corpus, clean, log);
      gateway = outcome.gateway;
      report(outcome.result);
    }
    if (only.has('concurrent')) {
      log('concurrent...');
      report(await concurrentScenario(gateway, server, corpus, clean));
    }
    if (only.has('ctrl-c'))
      for (const stage of STAGES) {
        log(`ctrl-c ${stage.name}...`);
        report(await ctrlCScenario(stage, gateway, server, corpus, clean));
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await wipe(gateway).catch(() => undefined);
    await gateway.close();
    if (!wasRunning) await stopLocalServer(local);
  }
}

const failed = results.filter((r) => !r.ok).map((r) => r.name);
process.stdout.write(
  `soak: ${results.length - failed.length} of ${results.length} passed in ${Math.round((Date.now() - started) / 1000)} s` +
    (failed.length > 0 ? `; FAILED: ${failed.join(', ')}` : '') +
    '\n',
);
process.exitCode = failed.length > 0 ? 1 : 0;
