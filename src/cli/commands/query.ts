import type { KgCommand } from '../command.js';
import { NewsgraphError } from '../../errors.js';

// Placeholder: filled in by the issue that owns this command.
export const queryCommand: KgCommand = {
  command: 'query',
  describe: '(not implemented yet)',
  builder: (yargs) => yargs,
  handler: async () => {
    throw new NewsgraphError('kg query is not implemented yet');
  },
};
