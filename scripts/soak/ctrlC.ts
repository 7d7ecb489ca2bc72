import { readFileSync } from 'node:fs';
import { loadCypher } from '../../src/graph/cypherFiles.js';
import type { Gateway } from '../../src/graph/gateway.js';
import { articleCount } from '../../test/support/graphQueries.js';
import { wipe } from '../bench/measure.js';
import { articlesLine, runKg, startKg, type KgServer } from './kgChild.js';
import type { SoakCorpus } from './corpus.js';
import { compareWithClean, type GraphDump, type ScenarioResult } from './scenario.js';

const BATCH = 10;
const ATTEMPTS = 3;

// What the child's debug log (NEWSGRAPH_DEBUG=1: every statement on stderr, in order with its
// other output) shows of its stages: a batch enters the extract stage with its hash lookup; a
// write transaction starts with article-replace and ends (before the edges) with articles.
const marker = (file: string) => `[cypher] ${loadCypher(file).trim()}\n`;
const HASHES = marker('write/article-hashes.cypher');
const REPLACE = marker('write/article-replace.cypher');
const TX_LATE = marker('write/articles.cypher');
const ANY_STATEMENT = '[cypher] ';
const INTERRUPTED = 'kg: interrupted';

/** Where the nth (1-based) occurrence of `text` starts; -1 when there are fewer. */
function nth(haystack: string, text: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = haystack.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
const count = (haystack: string, text: string) => haystack.split(text).length - 1;

interface Stage {
  name: string;
  /** Lines on stdin before the signal (the rest follow it). */
  fed: (total: number) => number;
  /** When to send SIGINT, from the child's stderr. */
  ready: (stderr: string, total: number) => boolean;
  /** Whether the signal landed in the stage, from where the "interrupted" line sits in the log. */
  hit: (stderr: string, total: number) => boolean;
  how: string;
  /** Articles the interrupted run commits, and its exit code. */
  expectNew: (total: number) => number;
  expectCode: number;
}

const batches = (total: number) => Math.ceil(total / BATCH);

export const STAGES: Stage[] = [
  {
    // less than a batch read: nothing can reach the extractor
    name: 'reading',
    fed: () => BATCH - 1,
    ready: (stderr) => stderr.includes(ANY_STATEMENT),
    hit: (stderr) => stderr.includes(INTERRUPTED) && !stderr.includes(HASHES),
    how: `once connected, ${BATCH - 1} articles on stdin (less than a batch), none extracted`,
    expectNew: () => 0,
    expectCode: 130,
  },
  {
    // one batch read: its hash lookup has run, it is with the extractor, nothing is written yet
    name: 'extracting',
    fed: () => BATCH,
    ready: (stderr) => stderr.includes(HASHES),
    hit: (stderr) => {
      const at = stderr.indexOf(INTERRUPTED);
      const write = stderr.indexOf(REPLACE);
      return at > stderr.indexOf(HASHES) && (write < 0 || at < write);
    },
    how: `after the first batch (${BATCH}) entered the extract stage, before any write`,
    expectNew: () => BATCH,
    expectCode: 130,
  },
  {
    // two batches read: the first is being written while the second is extracted
    name: 'writing',
    fed: () => 2 * BATCH,
    ready: (stderr) => stderr.includes(REPLACE),
    hit: (stderr) => {
      const at = stderr.indexOf(INTERRUPTED);
      return at > stderr.indexOf(REPLACE) && at < stderr.indexOf(TX_LATE);
    },
    how: `inside the first write transaction (between its first and sixth statement)`,
    expectNew: () => 2 * BATCH,
    expectCode: 130,
  },
  {
    // everything read, stdin closed: the last batch's write is the final flush; nothing is left
    // to stop, so the run completes and exits 0 (130 means "rerun to finish")
    name: 'final flush',
    fed: (total) => total,
    ready: (stderr, total) => count(stderr, REPLACE) >= batches(total),
    hit: (stderr, total) => {
      const at = stderr.indexOf(INTERRUPTED);
      return at > nth(stderr, REPLACE, batches(total)) && at < nth(stderr, TX_LATE, batches(total));
    },
    how: 'inside the last write transaction, after the input ended',
    expectNew: (total) => total,
    expectCode: 0,
  },
];

/**
 * Ctrl-C (SIGINT) in one stage of `kg ingest - --batch-size 10` fed the corpus as JSON Lines on
 * stdin: how much is on stdin when the signal goes decides how far the run can be, and the debug
 * log shows where it was. The run must exit with the code of its stage, print the "interrupted"
 * line, commit exactly the articles its summary counts, and a rerun must end equal to the clean
 * ingest. A stage missed by timing (the transaction ended before the signal) is tried again.
 */
export async function ctrlCScenario(
  stage: Stage,
  gateway: Gateway,
  server: KgServer,
  corpus: SoakCorpus,
  clean: GraphDump,
): Promise<ScenarioResult> {
  const input = readFileSync(corpus.jsonl, 'utf8');
  const lines = input.split('\n').filter((line) => line !== '');
  const total = lines.length;
  const args = ['ingest', '-', '--batch-size', String(BATCH), '--workers', '1', '--json'];
  for (let attempt = 1; ; attempt++) {
    await wipe(gateway);
    const run = startKg(args, server, true);
    const fed = stage.fed(total);
    run.child.stdin!.write(lines.slice(0, fed).join('\n') + '\n');
    if (fed === total) run.child.stdin!.end();
    const ready = await run.waitForStderr((stderr) => stage.ready(stderr, total));
    if (ready) {
      run.child.kill('SIGINT');
      // the rest of stdin only once the handler has run: else a chunk of lines read before it could start another batch
      await run.waitForStderr((stderr) => stderr.includes(INTERRUPTED));
    }
    if (fed < total) run.child.stdin!.end(lines.slice(fed).join('\n') + '\n');
    const stopped = await run.done;
    const hit = ready && stage.hit(stopped.stderr, total);
    if (!hit && attempt < ATTEMPTS) continue;
    const written = await articleCount(gateway);
    const summary = stopped.summary;
    const interruptedLine = stopped.stderr.includes(INTERRUPTED);
    const stoppedOk =
      stopped.code === stage.expectCode &&
      interruptedLine &&
      summary !== undefined &&
      summary.interrupted === (stage.expectCode === 130) &&
      summary.articles.new === stage.expectNew(total) &&
      written === summary.articles.new;
    const rerun = await runKg(args, server, input);
    const rerunOk =
      rerun.code === 0 &&
      rerun.summary?.articles.new === total - written &&
      rerun.summary?.articles.skipped === written;
    const compared = await compareWithClean(gateway, clean);
    return {
      name: `ctrl-c ${stage.name}`,
      ok: hit && stoppedOk && rerunOk && compared.ok,
      figures:
        `SIGINT ${stage.how}: ${hit ? `hit on attempt ${attempt}` : `NOT hit in ${attempt} attempts`}; ` +
        `exit ${stopped.code}${interruptedLine ? ', "interrupted" line' : ', NO "interrupted" line'}, ` +
        `summary ${articlesLine(summary)}${summary?.interrupted ? ' (interrupted)' : ''}, ${written} in the graph; ` +
        `rerun: exit ${rerun.code}, ${articlesLine(rerun.summary)}; ${compared.text}`,
    };
  }
}
