import type { Gateway } from '../../src/graph/gateway.js';
import { wipe } from '../bench/measure.js';
import { articlesLine, lastLine, startKg, type KgServer } from './kgChild.js';
import type { SoakCorpus } from './corpus.js';
import { compareWithClean, type GraphDump, type ScenarioResult } from './scenario.js';

/**
 * Four `kg ingest` processes started together on the four overlapping slices (every article in one
 * to three of them; the firms and people recur across articles, so the runs MERGE the same entity
 * nodes and edges at the same time). Each must exit 0 with no failed article, and the graph must
 * equal one clean run: no entity, edge or claim twice (uniqueness constraints, sorted lock order,
 * deadlocks retried as transient errors).
 */
export async function concurrentScenario(
  gateway: Gateway,
  server: KgServer,
  corpus: SoakCorpus,
  clean: GraphDump,
): Promise<ScenarioResult> {
  await wipe(gateway);
  const started = Date.now();
  const runs = corpus.slices.map((dir) => {
    const run = startKg(['ingest', dir, '--batch-size', '5', '--workers', '0', '--json'], server);
    run.child.stdin!.end();
    return run.done;
  });
  const ended = await Promise.all(runs);
  const seconds = Math.round((Date.now() - started) / 1000);
  const compared = await compareWithClean(gateway, clean);
  const allDone = ended.every((e) => e.code === 0 && e.summary?.articles.failed === 0);
  const runsText = ended
    .map(
      (e) =>
        `[exit ${e.code}: ${articlesLine(e.summary)}${e.code === 0 ? '' : `, "${lastLine(e.stderr).slice(0, 120)}"`}]`,
    )
    .join(' ');
  return {
    name: 'concurrent',
    ok: allDone && compared.ok,
    figures: `4 runs on slices of ${Math.ceil(corpus.articles / 2)} of ${corpus.articles} articles, ${seconds} s: ${runsText}; ${compared.text}`,
  };
}
