export interface HostLimiter {
  /** Runs `work` when fewer than the limit of requests to `url`'s host are in flight. */
  run<T>(url: string, work: () => Promise<T>): Promise<T>;
}

/**
 * At most `perHost` requests in flight to one host (`--concurrency`), first come first served:
 * fifty links of one site are fetched two at a time, not fifty at once.
 */
export function createHostLimiter(perHost: number): HostLimiter {
  const limit = Math.max(1, Math.floor(perHost));
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const acquire = async (host: string): Promise<void> => {
    if ((active.get(host) ?? 0) < limit) {
      active.set(host, (active.get(host) ?? 0) + 1);
      return;
    }
    // the releasing request hands its slot over: the count stays as it is
    await new Promise<void>((resolve) => waiting.set(host, [...(waiting.get(host) ?? []), resolve]));
  };
  const release = (host: string): void => {
    const next = waiting.get(host)?.shift();
    if (next) next();
    else active.set(host, (active.get(host) ?? 1) - 1);
  };
  return {
    async run(url, work) {
      const host = new URL(url).host;
      await acquire(host);
      try {
        return await work();
      } finally {
        release(host);
      }
    },
  };
}
