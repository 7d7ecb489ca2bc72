import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../types.js';
import type { ArticleExtractor, ExtractionResult } from './articleExtractor.js';
import type { WorkerRequest, WorkerSetup } from './extractWorker.js';

type Reply = { id: number; ok: true; result: ExtractionResult } | { id: number; ok: false; error: string };

interface Pending {
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

/**
 * Starts the worker. Under tsx (tests, `npm run bench`) this module and the worker are .ts files, and
 * Node 20 applies no `--import tsx` to a worker's entry: a one-line bootstrap registers tsx's loader
 * in the worker, then imports the .ts entry.
 */
function startWorker(url: URL, fromSource: boolean, setup: WorkerSetup): Worker {
  if (!fromSource) return new Worker(url, { workerData: setup });
  // require.resolve gives the CommonJS build; the ES module build sits beside it
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

/** `--workers` when not given: one per core, at most 4 (extraction is CPU-bound; the main thread mostly waits). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Extraction in `workers` worker threads. Each article goes to the worker with the fewest in flight;
 * the caller bounds the queue by how many it submits at once (runIngest: one batch).
 * A worker that dies fails its in-flight articles with a clear reason and is replaced.
 */
export function createWorkerExtractor(workers: number, setup: WorkerSetup): ArticleExtractor {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./extractWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  let nextId = 0;
  let closing = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(url, fromSource, setup), inFlight: new Map() };
    slot.worker.on('message', (reply: Reply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      if (slot.inFlight.size === 0) slot.worker.unref();
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
    });
    const fail = (reason: string) => {
      for (const pending of slot.inFlight.values()) pending.reject(new Error(reason));
      slot.inFlight.clear();
      if (!closing) slots[slots.indexOf(slot)] = spawn();
    };
    slot.worker.on('error', (error) => fail(`extraction worker failed: ${error.message.split('\n')[0]}`));
    slot.worker.on('exit', (code) => {
      if (code !== 0 && !closing) fail(`extraction worker exited with code ${code}`);
    });
    slot.worker.unref(); // an idle pool never keeps the process alive; extract() refs it while busy
    return slot;
  };
  const slots: Slot[] = Array.from({ length: Math.max(1, workers) }, spawn);

  return {
    extract(article: Article): Promise<ExtractionResult> {
      const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.inFlight.set(id, { resolve, reject });
        slot.worker.ref();
        slot.worker.postMessage({ id, article } satisfies WorkerRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
