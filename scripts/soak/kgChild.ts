import { spawn, type ChildProcess } from 'node:child_process';
import type { IngestSummary } from '../../src/pipeline/types.js';

/** Where a `kg` child finds its server: the environment, so the password is not on a command line. */
export interface KgServer {
  uri: string;
  password: string;
}

export interface KgEnded {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The --json summary, when the run printed one. */
  summary?: IngestSummary;
}

export interface KgChild {
  child: ChildProcess;
  stderr(): string;
  /** Resolves once `test` holds for what the child printed on stderr so far (false: it exited first). */
  waitForStderr(test: (stderr: string) => boolean): Promise<boolean>;
  done: Promise<KgEnded>;
}

/**
 * The built CLI (`dist/cli/bin.js`, what `kg` runs) as a child process. stdin stays open for
 * `-` inputs until the caller ends it. `debug`: every Cypher statement is logged on stderr
 * (NEWSGRAPH_DEBUG=1), which tells which stage the run is in.
 */
export function startKg(args: string[], server: KgServer, debug = false): KgChild {
  const child = spawn(process.execPath, ['dist/cli/bin.js', ...args], {
    env: {
      ...process.env,
      NEO4J_URI: server.uri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: server.password,
      NEO4J_DATABASE: 'neo4j',
      NEWSGRAPH_DEBUG: debug ? '1' : '',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let closed = false;
  const waiters: { test: (stderr: string) => boolean; resolve: (met: boolean) => void }[] = [];
  const check = (exited: boolean) => {
    for (const waiter of [...waiters]) {
      const met = waiter.test(stderr);
      if (!met && !exited) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(met);
    }
  };
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
    check(false);
  });
  child.stdin!.on('error', () => undefined); // the child may end before reading all we send
  const done = new Promise<KgEnded>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      closed = true;
      check(true);
      let summary: IngestSummary | undefined;
      try {
        summary = JSON.parse(stdout) as IngestSummary;
      } catch {
        summary = undefined;
      }
      resolve({ code, signal, stdout, stderr, summary });
    });
  });
  return {
    child,
    stderr: () => stderr,
    waitForStderr: (test) =>
      test(stderr) || closed
        ? Promise.resolve(test(stderr))
        : new Promise((resolve) => waiters.push({ test, resolve })),
    done,
  };
}

/** Runs `kg ingest` to the end with stdin closed (or fed `input`). */
export function runKg(args: string[], server: KgServer, input?: string): Promise<KgEnded> {
  const run = startKg(args, server);
  run.child.stdin!.end(input ?? '');
  return run.done;
}

/** The last line of a run's stderr that is not Cypher logging: what a user would read. */
export function lastLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\[(cypher|params)\]/.test(line));
  return lines.at(-1) ?? '';
}

/** "new 40, skipped 260" from a summary; "no summary" when there was none. */
export function articlesLine(summary: IngestSummary | undefined): string {
  if (!summary) return 'no summary';
  const { articles } = summary;
  return (['new', 'updated', 'skipped', 'failed'] as const)
    .filter((kind) => articles[kind] > 0 || kind === 'new')
    .map((kind) => `${kind} ${articles[kind]}`)
    .join(', ');
}
