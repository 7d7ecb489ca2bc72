import type { KgCommand } from '../../command.js';
import {
  withLocalServerOptions,
  localServerOptionsFrom,
  type LocalServerFlags,
} from '../../localServerOptions.js';

export const logsCommand: KgCommand<LocalServerFlags & { lines: number }> = {
  command: 'logs',
  describe: 'Print the last lines of the local Neo4j log',
  builder: (yargs) =>
    withLocalServerOptions(yargs).option('lines', {
      alias: 'n',
      type: 'number',
      default: 40,
      describe: 'How many lines',
    }),
  handler: async (args) => {
    const { localServerLogs } = await import('../../../neo4j-local/server.js');
    const text = localServerLogs(localServerOptionsFrom(args), args.lines);
    process.stdout.write(text ? `${text}\n` : 'No logs yet: the server has not been started.\n');
    return 0;
  },
};
