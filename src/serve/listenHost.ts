import { NewsgraphError } from '../errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const isLoopback = (host: string): boolean => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * Pure: where the live server listens. 127.0.0.1 unless `--host` names another address, which is
 * allowed only when given explicitly and then comes with a warning (the page shows the graph and
 * its articles to anyone on that network who has the token).
 */
export function listenHost(host: string | undefined): { host: string; warning?: string } {
  if (host === undefined) return { host: '127.0.0.1' };
  if (!/^[\w.:-]+$/.test(host))
    throw new NewsgraphError(`kg viz --host '${host}': not a host name or address`, 2);
  if (isLoopback(host)) return { host };
  return {
    host,
    warning: `kg viz --serve: listening on ${host}, not only this machine: anyone who can reach it and has the token can read the graph and its articles`,
  };
}
