import type { KgCommand } from '../../command.js';
import {
  withLocalServerOptions,
  localServerOptionsFrom,
  type LocalServerFlags,
} from '../../localServerOptions.js';

export const stopCommand: KgCommand<LocalServerFlags> = {
  command: 'stop',
  describe: 'Stop the local Neo4j cleanly (data is kept)',
  builder: (yargs) => withLocalServerOptions(yargs),
  handler: async (args) => {
    const { stopLocalServer } = await import('../../../neo4j-local/server.js');
    const options = localServerOptionsFrom(args);
    const stopped = await stopLocalServer(options);
    process.stdout.write(
      stopped ? `Neo4j (${options.instance}) stopped.\n` : `Neo4j (${options.instance}) was not running.\n`,
    );
    return 0;
  },
};
