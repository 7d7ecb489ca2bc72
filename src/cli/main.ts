import yargs from 'yargs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { PACKAGE_ROOT } from '../packageRoot.js';
import { loadEnvFile } from '../config/neo4jConfig.js';
import { maskSecrets } from '../config/maskSecrets.js';
import { secretsFrom } from '../config/secretsFrom.js';
import { commands } from './commands/index.js';
import { hideStdinDash, restoreStdinDash } from './stdinArg.js';

function packageVersion(): string {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version as string;
}

/** Parses argv, runs one command, and returns its exit code. Errors become one line on stderr. */
export async function run(argv: string[]): Promise<number> {
  loadEnvFile();
  const parser = yargs(hideStdinDash(argv))
    .scriptName('kg')
    .version(packageVersion())
    .strict()
    .demandCommand(1, 'Name a command: kg --help lists them.')
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .fail((message, error) => {
      // A handler's error is an Error; a usage error is a message alone, or (from a failed .check()
      // such as "--max-sentence-chars must be a whole number") the message as a string: exit 2.
      if (error instanceof Error) throw error;
      throw new NewsgraphError(message ?? String(error), 2);
    });
  for (const command of commands) {
    parser.command({
      command: command.command,
      describe: command.describe,
      builder: command.builder as never,
      handler: async (args: unknown) => {
        // Nested commands (kg neo4j start) record their code the same way.
        (args as { __exitCode?: number }).__exitCode = await command.handler(
          restoreStdinDash(args as object) as never,
        );
      },
    });
  }
  try {
    const argv = (await parser.parseAsync()) as { __exitCode?: number };
    return argv.__exitCode ?? 0;
  } catch (error) {
    // Whatever the error echoes (a URI, a child process's command line), the password is masked.
    const secrets = secretsFrom(argv, process.env);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kg: ${maskSecrets(message.split('\n')[0], secrets)}\n`);
    if (process.env.NEWSGRAPH_DEBUG === '1' && error instanceof Error)
      process.stderr.write(`${maskSecrets(error.stack ?? '', secrets)}\n`);
    return error instanceof NewsgraphError ? error.exitCode : 1;
  }
}
