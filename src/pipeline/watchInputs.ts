import { stat } from 'node:fs/promises';
import path from 'node:path';
import { watch } from 'chokidar';
import { InputError } from '../errors.js';
import type { Gateway } from '../graph/gateway.js';
import { inputKindOf } from '../text/inputKindOf.js';
import { addSummaries } from './addSummaries.js';
import type { ArticleExtractor } from './articleExtractor.js';
import { changeQueue } from './changeQueue.js';
import type { WatchEvent } from './formatWatchLine.js';
import { runIngest } from './runIngest.js';
import type { IngestOptions, IngestSummary } from './types.js';

export interface WatchOptions extends IngestOptions {
  /** A round starts once no file has changed for this long. */
  debounceMs?: number;
  /** A file is read once its size has not changed for this long: a file still being written is not read half-way. */
  stableMs?: number;
  onEvent?: (event: WatchEvent) => void;
}

const DEBOUNCE_MS = 300;
const STABLE_MS = 1000;

/**
 * `kg ingest --watch`: ingests the named directories (or files) as they are, then watches them and
 * ingests each new or changed file in rounds (debounced; one runIngest per round, so unchanged
 * articles are skipped by their sha256 as always). A deleted file is reported and its articles stay
 * in the graph. Aborting `signal` stops the watch after the batch in flight is committed; the
 * summary adds up every round.
 */
export async function watchInputs(
  inputs: string[],
  gateway: Gateway | null,
  extractor: ArticleExtractor,
  options: WatchOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const roots = await Promise.all(inputs.map(watchable));
  const entityIds = options.entityIds ?? new Set<string>();
  const ingestOptions: IngestOptions = { ...options, entityIds };
  const queue = changeQueue(options.debounceMs ?? DEBOUNCE_MS);
  const watcher = watch(roots, {
    ignoreInitial: true, // the first round reads what is there
    // hidden entries are skipped, as the directory walk of readInputs skips them
    ignored: (file) => !roots.includes(file) && path.basename(file).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: options.stableMs ?? STABLE_MS, pollInterval: 100 },
  });
  const changed = (file: string) => {
    if (inputKindOf(file) !== undefined) queue.add(file);
  };
  watcher.on('add', changed);
  watcher.on('change', changed);
  watcher.on('unlink', (file) => {
    if (inputKindOf(file) === undefined) return;
    queue.remove(file);
    options.onEvent?.({ kind: 'deleted', source: shown(file) });
  });
  watcher.on('error', (error) =>
    options.onEvent?.({ kind: 'watcherError', reason: (error as Error).message.split('\n')[0] }),
  );
  try {
    // ready before the first round: a file dropped while it runs is in the next round, not lost
    await new Promise<void>((resolve) => watcher.once('ready', resolve));
    let total = await runIngest(inputs, gateway, extractor, ingestOptions);
    if (!options.signal?.aborted) options.onEvent?.({ kind: 'watching', inputs: inputs.map(shown) });
    while (!options.signal?.aborted) {
      const files = await queue.next(options.signal);
      for (const [root, group] of byRoot(files, roots)) {
        const round = await runIngest(group, gateway, extractor, {
          ...ingestOptions,
          root: idRoot(root, options.root),
        });
        total = addSummaries(total, round);
        if (options.signal?.aborted) break;
      }
    }
    return { ...total, entities: entityIds.size, seconds: (Date.now() - started) / 1000 };
  } finally {
    queue.close();
    await watcher.close();
  }
}

/** The absolute path of an input that can be watched: an existing directory or file (not `-`, not a glob). */
async function watchable(input: string): Promise<string> {
  const abs = path.resolve(input);
  const info = input === '-' ? undefined : await stat(abs).catch(() => undefined);
  if (info?.isDirectory() || info?.isFile()) return abs;
  throw new InputError(
    `--watch: ${input}: not an existing directory or file (stdin and glob patterns cannot be watched)`,
    2,
  );
}

/** The changed files grouped by the watched input they are under (the first, when inputs nest). */
function byRoot(files: string[], roots: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const root = roots.find((r) => file === r || file.startsWith(r + path.sep)) ?? path.dirname(file);
    groups.set(root, [...(groups.get(root) ?? []), file]);
  }
  return groups;
}

/**
 * The root that gives a changed file the id the first round gave it: readInputs makes ids relative
 * to the root when the file is inside it, else relative to the named directory ("watch /tmp/inbox"
 * from /work: "a.txt", and "sub/b.txt" rather than "b.txt").
 */
function idRoot(watched: string, root: string | undefined): string {
  const base = path.resolve(root ?? process.cwd());
  const rel = path.relative(base, watched);
  const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
  return inside ? base : watched;
}

/** How a path is shown: relative to the working directory when inside it (as readInputs shows it). */
function shown(abs: string): string {
  const rel = path.relative(process.cwd(), path.resolve(abs));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}
