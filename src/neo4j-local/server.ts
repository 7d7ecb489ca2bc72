import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { maskSecrets } from '../config/maskSecrets.js';
import { SETTINGS } from '../config/schema.js';
import { LocalServerError, NewsgraphError } from '../errors.js';
import { createGateway, type ServerInfo } from '../graph/gateway.js';
import { adminArgsFileText } from './adminArgsFile.js';
import { installNeo4j } from './install.js';
import { localServerPaths, type LocalServerOptions, type LocalServerPaths } from './paths.js';

export { LOCAL_DEFAULTS } from './paths.js';
import { isPortFree } from './ports.js';
import { javaArgs, renderConf } from './renderConf.js';
import { requireJava } from './tools.js';

export interface LocalServerStatus {
  running: boolean;
  pid?: number;
  uri: string;
  browserUrl: string;
  server?: ServerInfo;
  /** Why the server is not usable, in one line, when running but not answering. */
  problem?: string;
}

export const boltUri = (options: LocalServerOptions) => `bolt://127.0.0.1:${options.boltPort}`;
export const browserUrl = (options: LocalServerOptions) => `http://127.0.0.1:${options.httpPort}/browser/`;

/** Installs if needed, starts the instance in the background and waits until Bolt and HTTP answer. */
export async function startLocalServer(
  options: LocalServerOptions,
  log: (line: string) => void = () => {},
  timeoutMs = SETTINGS.startTimeout.default * 1000,
): Promise<LocalServerStatus> {
  const paths = localServerPaths(options.instance);
  const current = await localServerStatus(options);
  if (current.running) {
    if (current.problem) throw new LocalServerError(current.problem);
    log(`Neo4j (${options.instance}) is already running (pid ${current.pid}).`);
    return current;
  }
  const java = requireJava();
  await installNeo4j(paths, log);
  for (const [port, name, flag] of [
    [options.boltPort, 'Bolt', '--bolt-port'],
    [options.httpPort, 'HTTP', '--http-port'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new LocalServerError(
        `Port ${port} (${name}) on 127.0.0.1 is already taken: stop whatever listens there or choose another with ${flag}.`,
      );
    }
  }
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run, paths.import])
    mkdirSync(dir, { recursive: true });
  writeFileSync(`${paths.conf}/neo4j.conf`, renderConf(options, paths));
  const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  if (!existsSync(`${paths.data}/dbms/auth.ini`) && !existsSync(`${paths.data}/databases/system`)) {
    setInitialPassword(java, paths, options.password, env);
  }
  const out = openSync(paths.consoleLog, 'a');
  const child = spawn(java, javaArgs(options, paths), {
    cwd: paths.home,
    env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  child.unref();
  if (!child.pid) throw new LocalServerError(`Could not start Java for Neo4j: see ${paths.consoleLog}`);
  writeFileSync(paths.pidFile, `${child.pid}\n`);
  writeFileSync(
    paths.stateFile,
    JSON.stringify({ ...options, password: undefined, pid: child.pid }, null, 2),
  );
  log(
    `Starting Neo4j (${options.instance}, pid ${child.pid}); waiting for Bolt on ${boltUri(options)} and Browser on ${browserUrl(options)}...`,
  );
  return waitUntilServing(options, paths, child.pid, timeoutMs);
}

export function setInitialPassword(
  java: string,
  paths: LocalServerPaths,
  password: string,
  env: NodeJS.ProcessEnv,
): void {
  if (password.length < 8) {
    throw new LocalServerError('Neo4j needs a password of at least 8 characters: set NEO4J_PASSWORD.');
  }
  // The password goes to the admin tool in an @-file readable by this user only, never on its
  // command line, where `ps` would show it while the tool runs.
  const argsText = adminArgsFileText(password); // refuses a line break, which an @-file line cannot hold
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-admin-'));
  const argsFile = join(dir, 'password.args');
  let result: SpawnSyncReturns<string>;
  try {
    writeFileSync(argsFile, argsText, { mode: 0o600 });
    result = spawnSync(
      java,
      ['-cp', `${paths.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${argsFile}`],
      { env, encoding: 'utf8' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (result.status !== 0) {
    // The admin tool may echo its command line, password included.
    const detail = lastLine(result.stderr || result.stdout || result.error?.message || '');
    throw new LocalServerError(
      `Could not set the initial Neo4j password: ${maskSecrets(detail, [password])}`,
    );
  }
}

async function waitUntilServing(
  options: LocalServerOptions,
  paths: LocalServerPaths,
  pid: number,
  timeoutMs: number,
): Promise<LocalServerStatus> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = '';
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      rmSync(paths.pidFile, { force: true });
      throw new LocalServerError(
        `Neo4j exited during start-up: ${maskSecrets(lastLine(tailFile(paths.neo4jLog, 20) || tailFile(paths.consoleLog, 20)), [options.password])} (logs: ${paths.logs})`,
      );
    }
    const status = await probe(options, pid);
    // Bolt answers up to 90 s before the web server on a starved VM; Browser must work on return.
    if (status.server && (await httpAnswers(options))) return status;
    lastProblem = status.server
      ? `Browser at ${browserUrl(options)} not answering yet`
      : (status.problem ?? lastProblem);
    if (/refused the credentials/.test(lastProblem)) throw new LocalServerError(lastProblem);
    await sleep(1000);
  }
  throw new LocalServerError(
    `Neo4j did not come up on ${boltUri(options)} and ${browserUrl(options)} within ${Math.round(timeoutMs / 1000)} s (${lastProblem}); see 'kg neo4j logs'.`,
  );
}

async function httpAnswers(options: LocalServerOptions): Promise<boolean> {
  try {
    await fetch(browserUrl(options), { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

/** Whether the instance's process lives and Bolt answers with our password. */
export async function localServerStatus(options: LocalServerOptions): Promise<LocalServerStatus> {
  const paths = localServerPaths(options.instance);
  const pid = readPid(paths);
  if (pid === undefined || !isAlive(pid)) {
    return { running: false, uri: boltUri(options), browserUrl: browserUrl(options) };
  }
  return probe(options, pid);
}

async function probe(options: LocalServerOptions, pid: number): Promise<LocalServerStatus> {
  const base = { running: true, pid, uri: boltUri(options), browserUrl: browserUrl(options) };
  const gateway = createGateway(
    { uri: boltUri(options), username: 'neo4j', password: options.password, database: 'neo4j' },
    { connectionTimeout: 3000, maxTransactionRetryTime: 0 },
  );
  try {
    return { ...base, server: await gateway.verifyConnectivity() };
  } catch (error) {
    return { ...base, problem: error instanceof NewsgraphError ? error.message : String(error) };
  } finally {
    await gateway.close();
  }
}

/** SIGTERM, then SIGKILL after the grace period. Data stays on disk. */
export async function stopLocalServer(options: LocalServerOptions, graceMs = 180_000): Promise<boolean> {
  const paths = localServerPaths(options.instance);
  const pid = readPid(paths);
  if (pid === undefined || !isAlive(pid)) {
    rmSync(paths.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  rmSync(paths.pidFile, { force: true });
  return true;
}

/** Last lines of the instance's neo4j.log (or console.log before Neo4j logs anything). */
export function localServerLogs(options: LocalServerOptions, lines = 40): string {
  const paths = localServerPaths(options.instance);
  return tailFile(paths.neo4jLog, lines) || tailFile(paths.consoleLog, lines);
}

function readPid(paths: LocalServerPaths): number | undefined {
  if (!existsSync(paths.pidFile)) return undefined;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie still answers signal 0; /proc tells the truth on Linux.
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

function tailFile(path: string, lines: number): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8').trimEnd();
  return text.split('\n').slice(-lines).join('\n');
}

function lastLine(text: string): string {
  const lines = text
    .trim()
    .split('\n')
    .filter((line) => /ERROR|Exception|error/i.test(line));
  return (lines.at(-1) ?? text.trim().split('\n').at(-1) ?? '').trim();
}
