import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/graph/gateway.js';
import { localServerPaths } from '../../src/neo4j-local/paths.js';
import { writeNewsFiles } from '../support/generateNewsFiles.js';
import { fullGraphDump } from '../support/graphQueries.js';
import { cleanDatabase } from '../support/neo4j.js';
import { runCli } from '../support/runCli.js';

/**
 * `kg ingest --bulk` needs a local instance it may stop and import into, so this file starts its
 * own (the suite's server may be a container or a remote one) on its own ports. Three loads compared
 * as full dumps (every node and relationship with its properties and value types): a bulk load and
 * an ordinary ingest of the same inputs, then more articles ingested ordinarily on top of each.
 */
const PASSWORD = 'bulk-test-pw1';
const flags = [
  '--instance',
  'bulk-test',
  '--bolt-port',
  '17689',
  '--http-port',
  '17476',
  '--password',
  PASSWORD,
];
const config = { uri: 'bolt://127.0.0.1:17689', username: 'neo4j', password: PASSWORD, database: 'neo4j' };
const connection = ['--uri', config.uri, '--password', PASSWORD];

describe('kg ingest --bulk: a first load equal to the ordinary ingest', () => {
  let gateway: Gateway;
  let first: string; // the sample articles, the saved pages and 300 generated ones
  let pages: number;
  let more: string; // 120 other generated ones, ingested on top
  beforeAll(async () => {
    await runCli(['neo4j', 'stop', ...flags]);
    rmSync(localServerPaths('bulk-test').home, { recursive: true, force: true });
    const started = await runCli(['neo4j', 'start', ...flags]);
    expect(started.code, started.stderr).toBe(0);
    gateway = createGateway(config);
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-bulk-'));
    first = join(root, 'first');
    cpSync('data/articles', join(first, 'samples'), { recursive: true });
    // saved pages: bylines, authors, dates, canonical URLs, languages (the HTML fixtures)
    mkdirSync(join(first, 'pages'));
    const saved = readdirSync('test/fixtures/html').filter((f) => f.endsWith('.html'));
    for (const page of saved) cpSync(join('test/fixtures/html', page), join(first, 'pages', page));
    pages = saved.length;
    writeNewsFiles(join(first, 'generated'), 300, 11);
    more = join(root, 'more');
    writeNewsFiles(more, 120, 12);
  });
  afterAll(async () => {
    await gateway?.close();
    await runCli(['neo4j', 'stop', ...flags]);
  });

  let bulkFirst: Awaited<ReturnType<typeof fullGraphDump>>;
  let bulkThenMore: Awaited<ReturnType<typeof fullGraphDump>>;

  it('loads an empty database with --bulk --workers 1, then refuses a second --bulk in one line', async () => {
    const loaded = await runCli(['ingest', '--bulk', '--workers', '1', '--quiet', ...connection, first]);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain(`articles: ${305 + pages} new`);
    bulkFirst = await fullGraphDump(gateway);
    expect(bulkFirst.counts.labels.Article).toBe(305 + pages);

    const refused = await runCli(['ingest', '--bulk', '--quiet', ...connection, more]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^kg: --bulk loads an empty database only .* holds data: run kg ingest without --bulk/,
      ),
    ]);
    expect(await fullGraphDump(gateway)).toEqual(bulkFirst);
  });

  it('continues with an ordinary kg ingest on top of the bulk load', async () => {
    const ingested = await runCli(['ingest', '--quiet', ...connection, more]);
    expect(ingested.code, ingested.stderr).toBe(0);
    expect(ingested.stdout).toMatch(/articles: 120 new/);
    bulkThenMore = await fullGraphDump(gateway);
  });

  it('equals the ordinary ingest of the same inputs, before and after the articles added on top', async () => {
    await cleanDatabase(gateway);
    const ordinary = await runCli(['ingest', '--quiet', ...connection, first]);
    expect(ordinary.code, ordinary.stderr).toBe(0);
    expect(await fullGraphDump(gateway)).toEqual(bulkFirst);
    expect((await runCli(['ingest', '--quiet', ...connection, more])).code).toBe(0);
    expect(await fullGraphDump(gateway)).toEqual(bulkThenMore);
  });

  it('refuses --bulk for a server that is not a local kg neo4j instance, in one line', async () => {
    const remote = await runCli([
      'ingest',
      '--bulk',
      '--uri',
      'neo4j+s://abcd1234.databases.neo4j.io',
      '--password',
      'x',
      'data/articles',
    ]);
    expect(remote.code).not.toBe(0);
    expect(remote.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^kg: --bulk needs a local database started with kg neo4j start .* use kg ingest without --bulk/,
      ),
    ]);
  });
});
