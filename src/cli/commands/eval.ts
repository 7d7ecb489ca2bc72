import type { KgCommand } from '../command.js';
import { NewsgraphError } from '../../errors.js';

// Placeholder: filled in by the issue that owns this command.
export const evalCommand: KgCommand = {
  command: 'eval',
  describe: '(not implemented yet)',
  builder: (yargs) => yargs,
  handler: async () => {
    throw new NewsgraphError('kg eval is not implemented yet');
  },
};
