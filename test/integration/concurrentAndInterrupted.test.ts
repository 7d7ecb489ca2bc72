import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import type { IngestOptions, IngestSummary } from '../../src/pipeline/types.js';
import { writeNewsFiles } from '../support/generateNewsFiles.js';
import { articleCount, duplicateEntityIds, graphDump } from '../support/graphQueries.js';
import { cleanDatabase, cliEnv, testGateway } from '../support/neo4j.js';
import { startCli } from '../support/runCli.js';

// Real `kg ingest` processes against the real Neo4j: two at once on overlapping inputs, and one
// stopped with Ctrl-C (SIGINT). Both must end with the graph a single clean run writes.
const ARTICLES = 24;
const options: IngestOptions = { batchSize: 5, dryRun: false, lexiconFiles: [] };

describe('kg ingest: concurrent runs and Ctrl-C', () => {
  let gateway: Gateway;
  let env: Record<string, string>;
  let all: string;
  let clean: Awaited<ReturnType<typeof graphDump>>;
  // articles 1-15 and 10-24 (6 shared): ids are paths inside each named directory, so shared files get equal ids
  const parts = { a: '', b: '' };

  beforeAll(async () => {
    gateway = testGateway();
    env = cliEnv();
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-faults-'));
    all = join(root, 'all');
    writeNewsFiles(all, ARTICLES);
    const files = readdirSync(all).sort();
    for (const [name, slice] of [
      ['a', files.slice(0, 15)],
      ['b', files.slice(9)],
    ] as const) {
      parts[name] = join(root, name);
      mkdirSync(parts[name]);
      for (const file of slice) cpSync(join(all, file), join(parts[name], file));
    }
    await cleanDatabase(gateway);
    await runIngest([all], gateway, createArticleExtractor([]), { ...options, root: all });
    clean = await graphDump(gateway);
  }, 900_000);
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
  });

  it('two kg ingest processes on overlapping inputs end with the graph of one run', async () => {
    await cleanDatabase(gateway);
    const args = ['--batch-size', '5', '--workers', '0', '--json'];
    const runs = [startCli(['ingest', parts.a, ...args], env), startCli(['ingest', parts.b, ...args], env)];
    const [a, b] = await Promise.all(runs.map((run) => run.done));
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const summaries = [a, b].map((run) => JSON.parse(run.stdout) as IngestSummary);
    // the 6 shared articles were written by one run or both (then the second skipped or rewrote them)
    for (const summary of summaries) expect(summary.articles.failed).toBe(0);
    expect(await graphDump(gateway)).toEqual(clean);
    expect(await duplicateEntityIds(gateway)).toBe(0);
    console.log(
      `concurrent: runs wrote ${summaries.map((s) => JSON.stringify(s.articles)).join(' and ')}; ` +
        `graph equals one run (${clean.edges.length} typed edges, ${clean.counts.labels.Claim} claims)`,
    );
  }, 900_000);

  it('Ctrl-C commits the batch in flight, reports how far it got, and a rerun finishes the job', async () => {
    await cleanDatabase(gateway);
    // batches of 2: 12 transactions, so that the interrupt lands mid-way (with batches of 5 a fast
    // machine had read every file and written all but the last batch before SIGINT arrived)
    const run = startCli(['ingest', all, '--batch-size', '2', '--workers', '0', '--json'], env);
    // interrupt once the first batch is in the graph (the run is then mid-way)
    while ((await articleCount(gateway)) === 0 && run.child.exitCode === null) await sleep(50);
    run.child.kill('SIGINT');
    const stopped = await run.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain('interrupted');
    const summary = JSON.parse(stopped.stdout) as IngestSummary;
    expect(summary.interrupted).toBe(true);
    const written = await articleCount(gateway);
    expect(written).toBe(summary.articles.new); // nothing half-written, nothing unreported
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(ARTICLES);

    const rerun = await runIngest([all], gateway, createArticleExtractor([]), { ...options, root: all });
    expect(rerun.articles).toEqual({ new: ARTICLES - written, updated: 0, skipped: written, failed: 0 });
    expect(await graphDump(gateway)).toEqual(clean);
    console.log(`Ctrl-C: stopped after ${written} of ${ARTICLES} articles; the rerun wrote the rest`);
  }, 900_000);
});
