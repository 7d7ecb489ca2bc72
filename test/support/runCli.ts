import { spawn, type ChildProcess } from 'node:child_process';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcess;
  /** Everything the CLI printed so far (grows until it exits). */
  output(): { stdout: string; stderr: string };
  done: Promise<CliResult>;
}

/**
 * How to run the CLI: src through tsx by default, so a test always runs the code it sits beside;
 * the built `dist/cli/bin.js` (what `kg` runs) when NEWSGRAPH_TEST_CLI=dist. CI builds first and sets
 * it: on a starved 2-vCPU VM tsx compiled the sources afresh in every child (`kg extract` 12 s, dist 3 s).
 */
const CLI_ENTRY =
  process.env.NEWSGRAPH_TEST_CLI === 'dist' ? ['dist/cli/bin.js'] : ['--import', 'tsx', 'src/cli/bin.ts'];

/** Starts the real CLI as a child process, like a user would. */
export function startCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
): RunningCli {
  const child = spawn(process.execPath, [...CLI_ENTRY, ...args], {
    env: { ...process.env, NEWSGRAPH_DEBUG: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  child.stdin!.end(input ?? '');
  return { child, output: () => ({ stdout, stderr }), done };
}

/** Runs the real CLI to the end. */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
): Promise<CliResult> {
  return startCli(args, env, input).done;
}
