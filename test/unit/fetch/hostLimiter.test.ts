import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../../src/fetch/createHostLimiter.js';

describe('createHostLimiter: --concurrency per host', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
  ])(
    'with a limit of %i, at most %i requests to one host are in flight, and hosts do not wait for each other',
    async (limit, expected) => {
      const limiter = createHostLimiter(limit);
      const inFlight = new Map<string, number>();
      const peak = new Map<string, number>();
      const work = (host: string) => async () => {
        inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
        peak.set(host, Math.max(peak.get(host) ?? 0, inFlight.get(host)!));
        await sleep(5);
        inFlight.set(host, inFlight.get(host)! - 1);
      };
      const urls = Array.from({ length: 8 }, (_, n) => [
        `https://a.example/${n}`,
        `https://b.example/${n}`,
      ]).flat();
      await Promise.all(urls.map((url) => limiter.run(url, work(new URL(url).host))));
      expect(Object.fromEntries(peak)).toEqual({ 'a.example': expected, 'b.example': expected });
    },
  );

  it('frees the slot of a request that failed', async () => {
    const limiter = createHostLimiter(1);
    await expect(limiter.run('https://a.example/1', () => Promise.reject(new Error('x')))).rejects.toThrow(
      'x',
    );
    await expect(limiter.run('https://a.example/2', async () => 'next')).resolves.toBe('next');
  });
});
