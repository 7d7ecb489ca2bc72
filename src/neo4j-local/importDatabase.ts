import { spawn } from 'node:child_process';
import { LocalServerError } from '../errors.js';
import { localServerPaths } from './paths.js';
import { requireJava } from './tools.js';

/**
 * Runs the instance's own `neo4j-admin database import full <database> <args>` (the server must be
 * stopped). Resolves with the tool's last lines (its summary); a failure throws one line with the
 * tool's last error and where its report is.
 */
export async function importDatabase(
  instance: string,
  database: string,
  args: string[],
  log: (line: string) => void = () => {},
): Promise<string> {
  const java = requireJava();
  const paths = localServerPaths(instance);
  const report = `${paths.logs}/import.report`;
  const child = spawn(
    java,
    [
      '-cp',
      `${paths.lib}/*`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      database,
      `--report-file=${report}`,
      ...args,
    ],
    { env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf }, cwd: paths.home },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const lines = output.trim().split('\n');
  if (code !== 0) {
    const error = lines.filter((line) => /error|exception|fail/i.test(line)).at(-1) ?? lines.at(-1) ?? '';
    throw new LocalServerError(
      `neo4j-admin database import failed (exit ${code}): ${error.trim()} (report: ${report})`,
    );
  }
  for (const line of lines.slice(-4)) log(line.trim());
  return lines.slice(-4).join('\n');
}
