/** The files changed since the last round, handed out once they have been quiet for a while. */
export interface ChangeQueue {
  /** A file was added or changed: (re)starts the quiet period. */
  add(file: string): void;
  /** A file was deleted before its round: it is not read. */
  remove(file: string): void;
  /** The changed files, sorted, once `debounceMs` passed without a change; [] when `signal` aborts. */
  next(signal?: AbortSignal): Promise<string[]>;
  /** Stops the timer, so that a stopped watch leaves nothing running. */
  close(): void;
}

/**
 * Debounces file events: an editor saving twice, or forty files copied at once, make one round
 * of ingest, not forty. (A file still being written is held back before it gets here: chokidar's
 * awaitWriteFinish waits until its size stops changing.)
 */
export function changeQueue(debounceMs: number): ChangeQueue {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let quiet = false;
  let wake: (() => void) | undefined;
  return {
    add(file) {
      pending.add(file);
      quiet = false;
      clearTimeout(timer);
      timer = setTimeout(() => {
        quiet = true;
        wake?.();
      }, debounceMs);
    },
    remove(file) {
      pending.delete(file);
    },
    async next(signal) {
      const onAbort = () => wake?.();
      signal?.addEventListener('abort', onAbort);
      try {
        while (!signal?.aborted) {
          if (quiet && pending.size > 0) {
            const files = [...pending].sort();
            pending.clear();
            quiet = false;
            return files;
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
        return [];
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    close() {
      clearTimeout(timer);
      wake?.();
    },
  };
}
