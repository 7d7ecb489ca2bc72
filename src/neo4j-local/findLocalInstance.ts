import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localServerPaths, type LocalServerOptions } from './paths.js';
import { isAlive } from './server.js';

/** `bolt://127.0.0.1:7726` -> 7726; null for a URI on another host (a remote server, Aura). */
export function localBoltPort(uri: string): number | null {
  const match = /^(?:bolt|neo4j):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?\/?$/.exec(uri);
  return match ? Number(match[1] ?? 7687) : null;
}

/**
 * The running `kg neo4j` instance that serves Bolt on `uri`, with the options it was started with
 * (its state file keeps them all but the password, which the caller supplies); null when none does:
 * a remote server, Aura, or a server this machine runs some other way (Docker, a package).
 */
export function findLocalInstance(uri: string, password: string): LocalServerOptions | null {
  const port = localBoltPort(uri);
  if (port === null) return null;
  const root = join(localServerPaths('default').cacheRoot, 'instances');
  if (!existsSync(root)) return null;
  for (const instance of readdirSync(root)) {
    const { stateFile } = localServerPaths(instance);
    if (!existsSync(stateFile)) continue;
    try {
      const state = JSON.parse(readFileSync(stateFile, 'utf8')) as LocalServerOptions & { pid?: number };
      if (state.boltPort === port && state.pid !== undefined && isAlive(state.pid))
        return { ...state, instance, password };
    } catch {
      continue; // a state file being written, or left by another version
    }
  }
  return null;
}
