import type { KgCommand } from '../../command.js';
import {
  withLocalServerOptions,
  localServerOptionsFrom,
  type LocalServerFlags,
} from '../../localServerOptions.js';
import { describeStatus } from './describeStatus.js';

export const statusCommand: KgCommand<LocalServerFlags> = {
  command: 'status',
  describe:
    'Say whether the local Neo4j runs, and its version; exit 3 when it does not run, 1 when it does not answer',
  builder: (yargs) => withLocalServerOptions(yargs),
  handler: async (args) => {
    const { localServerStatus } = await import('../../../neo4j-local/server.js');
    const options = localServerOptionsFrom(args);
    const status = await localServerStatus(options);
    const line = describeStatus(options.instance, status);
    (status.running && !status.problem ? process.stdout : process.stderr).write(`${line}\n`);
    if (!status.running) return 3;
    return status.problem ? 1 : 0;
  },
};
