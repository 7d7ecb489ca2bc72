import { homedir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS } from '../config/schema.js';

/** The Neo4j release `kg neo4j install` resolves (must match scripts/neo4j/pom.xml). */
export const NEO4J_VERSION = '5.26.30';

export interface LocalServerOptions {
  /** Instance name: several instances (e.g. `default` for users, `test` for the suite) keep separate data. */
  instance: string;
  boltPort: number;
  httpPort: number;
  password: string;
  /** Java heap max, e.g. "1g". */
  heap: string;
  pageCache: string;
}

export interface LocalServerPaths {
  cacheRoot: string;
  /** Shared, read-only after install: lib/ and plugins/ of one Neo4j version. */
  distribution: string;
  lib: string;
  plugins: string;
  installStamp: string;
  /** Per instance: conf/, data/, logs/, run/, import/. */
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  import: string;
  pidFile: string;
  stateFile: string;
  consoleLog: string;
  neo4jLog: string;
}

/** Pure: where everything lives. NEWSGRAPH_CACHE overrides ~/.cache/newsgraph. */
export function localServerPaths(
  instance: string,
  env: Record<string, string | undefined> = process.env,
): LocalServerPaths {
  const cacheRoot = env.NEWSGRAPH_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'newsgraph');
  const distribution = join(cacheRoot, `neo4j-${NEO4J_VERSION}`);
  const home = join(cacheRoot, 'instances', instance);
  const run = join(home, 'run');
  const logs = join(home, 'logs');
  return {
    cacheRoot,
    distribution,
    lib: join(distribution, 'lib'),
    plugins: join(distribution, 'plugins'),
    installStamp: join(distribution, '.installed'),
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs,
    run,
    import: join(home, 'import'),
    pidFile: join(run, 'newsgraph-neo4j.pid'),
    stateFile: join(run, 'newsgraph-neo4j.json'),
    consoleLog: join(logs, 'console.log'),
    neo4jLog: join(logs, 'neo4j.log'),
  };
}

/** What `kg neo4j` uses when no flag or variable says otherwise (src/config/schema.ts). */
export const LOCAL_DEFAULTS: LocalServerOptions = {
  instance: SETTINGS.instance.default,
  boltPort: SETTINGS.boltPort.default,
  httpPort: SETTINGS.httpPort.default,
  password: SETTINGS.serverPassword.default,
  heap: SETTINGS.heap.default,
  pageCache: SETTINGS.pageCache.default,
};
