import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { firstLineOf } from '../errors.js';
import type { Article } from '../types.js';
import type { ArticleExtractor, ExtractionOutcome, ExtractionResult } from './articleExtractor.js';
import { createArticleExtractor } from './createArticleExtractor.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './extractWorker.js';

interface Pending {
  resolve: (outcomes: ExtractionOutcome[]) => void;
  reject: (error: Error) => void;
}

/**
 * The old-generation heap of each worker, in MB. V8 grows an isolate's heap lazily, in proportion
 * to how much it has allocated, not to what it keeps: with no limit, 2 workers' process reached
 * 435 MB peak RSS on 64,000 nlp-corpus sentences (--dry-run) against 337 MB on 13,000, the
 * same work repeated; with this limit 307 MB, at the same speed (docs/scaling.md). What an
 * ordinary group of articles needs is a small part of it; a group that needs more (a single article
 * of several MB: 10 MB of news text needs 256-512 MB) is extracted again in the main thread,
 * which has no such limit.
 */
export const WORKER_HEAP_MB = 160;

/** A worker that ran out of its heap: its group is extracted again in the main thread. */
class WorkerOutOfMemory extends Error {}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

/**
 * Starts the worker. Under tsx (tests, `npm run bench`) this module and the worker are .ts files, and
 * Node 20 applies no `--import tsx` to a worker's entry: a one-line bootstrap registers tsx's loader
 * in the worker, then imports the .ts entry.
 */
function startWorker(url: URL, fromSource: boolean, setup: WorkerSetup, heapMB: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMB };
  if (!fromSource) return new Worker(url, { workerData: setup, resourceLimits });
  // require.resolve gives the CommonJS build; the ES module build sits beside it
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: setup, resourceLimits });
}

/**
 * Articles per message to a worker. Shared compromise calls favour large groups; keeping both
 * workers busy to the end of a batch favours small ones. 2 workers against 1 on 20,000 nlp-corpus
 * sentences in batches of 25: groups of 2 1.17x, of 4 1.23x, of 8 1.02x (a scratch run, not the bench).
 */
export const WORKER_GROUP = 4;

/**
 * Extraction in `workers` worker threads. extractMany cuts its articles into groups of
 * WORKER_GROUP; each worker takes the next group when it has answered the last, so the slow groups
 * do not pile up on one worker. The caller bounds the queue by how many it submits at once
 * (runIngest: one batch). A worker that dies fails its group with a clear reason and is replaced.
 */
export function createWorkerExtractor(
  workers: number,
  setup: WorkerSetup,
  {
    heapMB = WORKER_HEAP_MB,
    onHeapExhausted,
  }: {
    heapMB?: number;
    /** Told of each group a worker had no heap for (it is then extracted in the main thread). */
    onHeapExhausted?: (articles: Article[]) => void;
  } = {},
): ArticleExtractor {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./extractWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  let nextId = 0;
  let closing = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(url, fromSource, setup, heapMB), inFlight: new Map() };
    slot.worker.on('message', (reply: WorkerReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      if (slot.inFlight.size === 0) slot.worker.unref();
      pending.resolve(reply.outcomes);
    });
    const fail = (error: Error) => {
      for (const pending of slot.inFlight.values()) pending.reject(error);
      slot.inFlight.clear();
      if (!closing && slots.includes(slot)) slots[slots.indexOf(slot)] = spawn();
    };
    slot.worker.on('error', (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new WorkerOutOfMemory(firstLineOf(error))
          : new Error(`extraction worker failed: ${firstLineOf(error)}`),
      ),
    );
    slot.worker.on('exit', (code) => {
      if (code !== 0 && !closing) fail(new Error(`extraction worker exited with code ${code}`));
    });
    slot.worker.unref(); // an idle pool never keeps the process alive; a request refs it while busy
    return slot;
  };
  const slots: Slot[] = Array.from({ length: Math.max(1, workers) }, spawn);

  // the main thread's extractor, made on first need: for groups too large for a worker's heap
  let inProcess: ArticleExtractor | null = null;

  /**
   * One group to the least busy worker. A worker out of heap hands the group to the main thread;
   * a worker that dies otherwise fails every article of the group.
   */
  const send = (articles: Article[]): Promise<ExtractionOutcome[]> => {
    const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = nextId++;
    return new Promise<ExtractionOutcome[]>((resolve, reject) => {
      slot.inFlight.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, articles } satisfies WorkerRequest);
    }).catch((error: unknown) => {
      if (error instanceof WorkerOutOfMemory) {
        onHeapExhausted?.(articles);
        inProcess ??= createArticleExtractor(setup.lexiconFiles, setup.maxSentenceChars);
        return inProcess.extractMany(articles);
      }
      return articles.map(() => ({ ok: false as const, error: firstLineOf(error) }));
    });
  };

  const extractMany = async (articles: Article[]): Promise<ExtractionOutcome[]> => {
    const groups: Article[][] = [];
    for (let i = 0; i < articles.length; i += WORKER_GROUP) groups.push(articles.slice(i, i + WORKER_GROUP));
    const outcomes: ExtractionOutcome[][] = new Array(groups.length);
    let next = 0;
    const lane = async () => {
      while (next < groups.length) {
        const g = next++;
        outcomes[g] = await send(groups[g]);
      }
    };
    await Promise.all(slots.map(lane));
    return outcomes.flat();
  };

  return {
    async extract(article: Article): Promise<ExtractionResult> {
      const [outcome] = await extractMany([article]);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.result;
    },
    extractMany,
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
