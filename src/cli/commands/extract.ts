import type { KgCommand } from '../command.js';
import { NewsgraphError } from '../../errors.js';

// Placeholder: filled in by the issue that owns this command.
export const extractCommand: KgCommand = {
  command: 'extract',
  describe: '(not implemented yet)',
  builder: (yargs) => yargs,
  handler: async () => {
    throw new NewsgraphError('kg extract is not implemented yet');
  },
};
