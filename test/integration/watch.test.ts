import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import type { IngestSummary } from '../../src/pipeline/types.js';
import { writeNewsFiles } from '../support/generateNewsFiles.js';
import { articleCount } from '../support/graphQueries.js';
import { articleHashes, cleanDatabase, cliEnv, testGateway } from '../support/neo4j.js';
import { startCli } from '../support/runCli.js';
import { waitFor } from '../support/waitFor.js';

// `kg ingest --watch` as a user runs it (a child process, with a worker thread) against the real
// Neo4j: a file dropped, a file changed, a file saved unchanged, a file deleted, then Ctrl-C. The graph is checked after
// each step by polling with a deadline.
const A1 = 'Halden Capital bids for Norvex\n\nHalden Capital made an offer for Norvex on Monday.\n';
const A2 = 'Halden Capital bids for Norvex\n\nHalden Capital raised its offer for Norvex on Tuesday.\n';
const B = 'Qadira Holdings rejects Tarsen\n\nQadira Holdings rejected an offer from Tarsen.\n';
const ARTICLES = 24;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('kg ingest --watch against a real Neo4j', () => {
  let gateway: Gateway;
  let env: Record<string, string>;
  let dir: string;

  beforeAll(async () => {
    gateway = testGateway();
    env = cliEnv();
    await cleanDatabase(gateway);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-watch-'));
  });
  afterAll(async () => {
    await cleanDatabase(gateway);
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const articles = () => articleHashes(gateway);

  it('ingests a dropped file, updates a changed one, skips one saved unchanged, keeps a deleted one, and stops cleanly on Ctrl-C', async () => {
    writeFileSync(join(dir, 'a.txt'), A1);
    const run = startCli(['ingest', '--watch', dir, '--workers', '1', '--json'], env);
    const stderr = () => run.output().stderr;
    await waitFor('the watch to start', () => stderr().includes('watch: watching'), 120_000);
    expect(await articles()).toEqual({ 'a.txt': sha256(A1) });
    await waitFor('the line for the new a.txt', () =>
      /watch: \S*a\.txt: new, 2 sentences, \d+ relations?\n/.test(stderr()),
    );

    writeFileSync(join(dir, 'b.txt'), B);
    await waitFor('b.txt in the graph', async () => (await articles())['b.txt'] === sha256(B));
    await waitFor('the line for the new b.txt', () =>
      /watch: \S*b\.txt: new, 2 sentences, \d+ relations?\n/.test(stderr()),
    );

    writeFileSync(join(dir, 'a.txt'), A2);
    await waitFor('a.txt updated', async () => (await articles())['a.txt'] === sha256(A2));
    await waitFor('the line for the updated a.txt', () =>
      /watch: \S*a\.txt: updated, 2 sentences, \d+ relations?\n/.test(stderr()),
    );
    const sentences = await gateway.executeRead(
      "MATCH (:Article {id: 'a.txt'})-[:HAS_SENTENCE]->(s:Sentence) RETURN s.text AS text ORDER BY s.index",
    );
    expect(sentences.map((s) => s.text)).toContain('Halden Capital raised its offer for Norvex on Tuesday.');

    // saved again with the same bytes: read, found unchanged by its sha256, not extracted again
    writeFileSync(join(dir, 'a.txt'), A2);
    await waitFor('the unchanged line', () => /watch: \S*a\.txt: unchanged, skipped\n/.test(stderr()));

    rmSync(join(dir, 'b.txt'));
    await waitFor('the deletion line', () =>
      /watch: \S*b\.txt: deleted; its articles stay in the graph\n/.test(stderr()),
    );
    expect(await articles()).toEqual({ 'a.txt': sha256(A2), 'b.txt': sha256(B) });

    run.child.kill('SIGINT');
    const done = await run.done;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toContain('kg: stopping the watch');
    const summary = JSON.parse(done.stdout) as IngestSummary;
    expect(summary.articles).toEqual({ new: 2, updated: 1, skipped: 1, failed: 0 });
    expect(summary.interrupted).toBe(false);
    expect(await articles()).toEqual({ 'a.txt': sha256(A2), 'b.txt': sha256(B) });
  }, 600_000);

  it('Ctrl-C during a round commits the batch in flight and exits 130, as kg ingest does', async () => {
    await cleanDatabase(gateway);
    const inbox = mkdtempSync(join(tmpdir(), 'newsgraph-watch-round-'));
    const run = startCli(['ingest', '--watch', inbox, '--batch-size', '2', '--workers', '0', '--json'], env);
    await waitFor('the watch to start', () => run.output().stderr.includes('watch: watching'), 120_000);
    writeNewsFiles(inbox, ARTICLES); // all at once: one round of 12 batches
    await waitFor('the first batch of the round', async () => (await articleCount(gateway)) > 0);
    run.child.kill('SIGINT');
    const done = await run.done;
    expect(done.code, done.stderr).toBe(130);
    const summary = JSON.parse(done.stdout) as IngestSummary;
    expect(summary.interrupted).toBe(true);
    const written = await articleCount(gateway);
    expect(written).toBe(summary.articles.new); // nothing half-written, nothing unreported
    expect(written).toBeLessThan(ARTICLES);
    rmSync(inbox, { recursive: true, force: true });
  }, 600_000);
});
