/**
 * Runs `work` on each value with up to `ahead` started before their turn, and yields the results
 * in the values' order: fetches overlap (the host limiter bounds them per host) while the output
 * stays in input order and memory holds at most `ahead` results.
 */
export async function* inOrder<T, R>(
  values: T[],
  work: (value: T) => Promise<R>,
  ahead: number,
): AsyncGenerator<R> {
  const started: Promise<R>[] = [];
  const start = (upTo: number) => {
    while (started.length < Math.min(values.length, upTo)) {
      const promise = work(values[started.length]);
      promise.catch(() => undefined); // awaited in turn below
      started.push(promise);
    }
  };
  for (let i = 0; i < values.length; i++) {
    start(i + Math.max(1, ahead));
    yield await started[i];
    delete started[i]; // its result is no longer held
  }
}
