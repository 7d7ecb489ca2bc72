import { SETTINGS } from '../../../config/schema.js';
import type { KgCommand } from '../../command.js';
import {
  withLocalServerOptions,
  localServerOptionsFrom,
  type LocalServerFlags,
} from '../../localServerOptions.js';
import { settingOption } from '../../settingOption.js';
import { describeStatus } from './describeStatus.js';

export const startCommand: KgCommand<LocalServerFlags & { timeout: number }> = {
  command: 'start',
  describe: 'Start the local Neo4j in the background (installs it first if needed) and wait until it answers',
  builder: (yargs) => withLocalServerOptions(yargs).option('timeout', settingOption(SETTINGS.startTimeout)),
  handler: async (args) => {
    const { startLocalServer } = await import('../../../neo4j-local/server.js');
    const options = localServerOptionsFrom(args);
    const status = await startLocalServer(
      options,
      (line) => process.stderr.write(`${line}\n`),
      args.timeout * 1000,
    );
    process.stdout.write(`${describeStatus(options.instance, status)}\n`);
    return 0;
  },
};
