import { setTimeout as sleep } from 'node:timers/promises';
import { createGateway, type Gateway } from '../../src/graph/gateway.js';
import type { LocalServerOptions } from '../../src/neo4j-local/paths.js';
import { isAlive, localServerStatus, startLocalServer } from '../../src/neo4j-local/server.js';
import { articleCount } from '../../test/support/graphQueries.js';
import { wipe } from '../bench/measure.js';
import { articlesLine, lastLine, runKg, startKg, type KgServer } from './kgChild.js';
import type { SoakCorpus } from './corpus.js';
import { compareWithClean, type GraphDump, type ScenarioResult } from './scenario.js';

/**
 * SIGKILL of the Neo4j JVM while `kg ingest` writes (batches of 5, so it is mid-run): once a
 * third of the articles are committed the server's process (the instance's pid file) is killed;
 * the instance is started again (crash recovery), the killed run ends as it ends (it gives up or
 * waits for the restart), the same command is run again, and the graph must equal the clean one.
 */
export async function sigkillScenario(
  local: LocalServerOptions,
  server: KgServer,
  corpus: SoakCorpus,
  clean: GraphDump,
  log: (line: string) => void,
): Promise<{ result: ScenarioResult; gateway: Gateway }> {
  const connect = () =>
    createGateway({ uri: server.uri, username: 'neo4j', password: server.password, database: 'neo4j' });
  let gateway = connect();
  await wipe(gateway);
  const command = ['ingest', corpus.all, '--batch-size', '5', '--workers', '0', '--json'];
  const killAt = Math.max(1, Math.floor(corpus.articles / 3));
  const first = startKg(command, server);
  first.child.stdin!.end();
  let written: number;
  while ((written = await articleCount(gateway)) < killAt && first.child.exitCode === null) await sleep(200);
  if (first.child.exitCode !== null) {
    const ended = await first.done;
    return {
      gateway,
      result: {
        name: 'sigkill',
        ok: false,
        figures: `the run ended (exit ${ended.code}, ${articlesLine(ended.summary)}) before ${killAt} articles were in: no kill`,
      },
    };
  }
  const { pid } = await localServerStatus(local);
  if (pid === undefined) throw new Error(`no pid for the Neo4j instance ${local.instance}`);
  process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(50);
  await gateway.close().catch(() => undefined);
  log(`sigkill: killed the Neo4j JVM (pid ${pid}) with ${written} articles in the graph; restarting...`);
  const restartStarted = Date.now();
  await startLocalServer(local, log);
  const restartSeconds = Math.round((Date.now() - restartStarted) / 1000);
  gateway = connect();
  const recovered = await articleCount(gateway);
  const killed = await first.done;
  log(`sigkill: the killed run ended with exit ${killed.code}; running it again...`);
  const rerun = await runKg(command, server);
  const compared = await compareWithClean(gateway, clean);
  const ok =
    compared.ok && rerun.code === 0 && recovered >= written && (killed.code === 0 || killed.code === 1);
  const said = lastLine(killed.stderr) || articlesLine(killed.summary);
  return {
    gateway,
    result: {
      name: 'sigkill',
      ok,
      figures:
        `${corpus.articles} articles, SIGKILL of the JVM (pid ${pid}) with ${written} in the graph, ` +
        `${recovered} after the restart (${restartSeconds} s); the killed run: exit ${killed.code}, ${articlesLine(killed.summary)}` +
        (killed.code === 0 ? '' : `, "${said.slice(0, 160)}"`) +
        `; rerun: exit ${rerun.code}, ${articlesLine(rerun.summary)}; ${compared.text}`,
    },
  };
}
