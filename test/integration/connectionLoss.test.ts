import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/graph/gateway.js';
import type { ArticleExtractor } from '../../src/pipeline/articleExtractor.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import type { IngestOptions } from '../../src/pipeline/types.js';
import { writeNewsFiles } from '../support/generateNewsFiles.js';
import { graphDump } from '../support/graphQueries.js';
import { cleanDatabase, testGateway, testNeo4jConfig } from '../support/neo4j.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';

// The connection to a real Neo4j breaks twice in the middle of an ingest (every open socket
// dropped, new ones refused for 3 s): the run must retry, finish, and leave the same graph
// as an ingest that never saw a fault; a rerun must change nothing.
const ARTICLES = 30;
const CUT_AFTER = [10, 20]; // articles extracted when the network fails
const options: IngestOptions = { batchSize: 5, dryRun: false, lexiconFiles: [] };

describe('kg ingest when the connection to Neo4j is lost mid-run', () => {
  let direct: Gateway;
  let proxied: Gateway;
  let proxy: TcpProxy;
  let dir: string;
  const cuts: number[] = [];

  beforeAll(async () => {
    const config = testNeo4jConfig();
    const { hostname, port } = new URL(config.uri.replace(/^[a-z+]+:/, 'http:'));
    proxy = await startTcpProxy(hostname, Number(port));
    direct = testGateway();
    proxied = createGateway({ ...config, uri: `bolt://127.0.0.1:${proxy.port}` });
    await cleanDatabase(direct);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-connloss-'));
    writeNewsFiles(dir, ARTICLES);
  });
  afterAll(async () => {
    await cleanDatabase(direct);
    await Promise.all([proxied.close(), direct.close()]);
    await proxy.close();
  });

  it('retries through two connection losses, then equals a clean ingest; a rerun changes nothing', async () => {
    const extractor = createArticleExtractor([]);
    let extracted = 0;
    const cutWhenCounted = () => {
      extracted++;
      if (CUT_AFTER.includes(extracted)) {
        cuts.push(proxy.cut());
        setTimeout(() => proxy.restore(), 3000);
      }
    };
    const faulty: ArticleExtractor = {
      extract(article) {
        cutWhenCounted();
        return extractor.extract(article);
      },
      extractMany(articles) {
        articles.forEach(cutWhenCounted);
        return extractor.extractMany(articles);
      },
    };
    const summary = await runIngest([dir], proxied, faulty, { ...options, root: dir });
    expect(cuts).toHaveLength(2);
    expect(cuts.some((open) => open > 0)).toBe(true); // the faults hit live connections
    expect(summary.failures).toEqual([]);
    expect(summary.articles).toEqual({ new: ARTICLES, updated: 0, skipped: 0, failed: 0 });
    const faulted = await graphDump(direct);

    const rerun = await runIngest([dir], proxied, extractor, { ...options, root: dir });
    expect(rerun.articles).toEqual({ new: 0, updated: 0, skipped: ARTICLES, failed: 0 });
    expect(await graphDump(direct)).toEqual(faulted);

    await cleanDatabase(direct);
    await runIngest([dir], direct, extractor, { ...options, root: dir });
    const clean = await graphDump(direct);
    expect(clean.edges.length).toBeGreaterThan(10);
    expect(faulted).toEqual(clean);
    console.log(
      `connection loss: ${ARTICLES} articles, cuts hit ${cuts.join(' and ')} open connections; ` +
        `${clean.edges.length} typed edges, ${clean.counts.labels.Claim} claims, equal to a clean ingest`,
    );
  }, 900_000); // a hang guard: the first batches on a cold server are slow on 2 vCPUs
});
