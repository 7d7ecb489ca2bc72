import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import { installCommand } from './neo4j/install.js';
import { startCommand } from './neo4j/start.js';
import { stopCommand } from './neo4j/stop.js';
import { statusCommand } from './neo4j/status.js';
import { logsCommand } from './neo4j/logs.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const subcommands: KgCommand<any>[] = [installCommand, startCommand, stopCommand, statusCommand, logsCommand];

/** `kg neo4j install|start|stop|status|logs`: a real Neo4j without Docker. */
export const neo4jCommand: KgCommand = {
  command: 'neo4j <action>',
  describe: 'Manage a local Neo4j 5.26 Community server resolved from Maven Central',
  builder: (yargs: Argv) => {
    let nested = yargs;
    for (const sub of subcommands) {
      nested = nested.command({
        command: sub.command,
        describe: sub.describe,
        builder: sub.builder as never,
        handler: async (args: unknown) => {
          // The parent handler does not run for nested commands: record the code on argv.
          (args as { __exitCode?: number }).__exitCode = await sub.handler(args as never);
        },
      });
    }
    return nested.demandCommand(1, 'Name an action: install, start, stop, status or logs.');
  },
  // Runs after a subcommand: keep the code the subcommand recorded.
  handler: async (args) => (args as { __exitCode?: number }).__exitCode ?? 0,
};
