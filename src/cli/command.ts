import type { Argv } from 'yargs';

/** One yargs command per file: src/cli/commands/<name>.ts exports an object of this shape. */
export interface KgCommand<A = Record<string, unknown>> {
  command: string | string[];
  describe: string;
  builder: (yargs: Argv) => Argv<A>;
  /** Returns the exit code; never calls process.exit. */
  handler: (args: A) => Promise<number>;
}
