import type { KgCommand } from '../command.js';
import { NewsgraphError } from '../../errors.js';

// Placeholder: filled in by the issue that owns this command.
export const neo4jCommand: KgCommand = {
  command: 'neo4j',
  describe: '(not implemented yet)',
  builder: (yargs) => yargs,
  handler: async () => {
    throw new NewsgraphError('kg neo4j is not implemented yet');
  },
};
