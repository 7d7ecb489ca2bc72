import type { KgCommand } from '../command.js';
import { NewsgraphError } from '../../errors.js';

// Placeholder: filled in by the issue that owns this command.
export const ingestCommand: KgCommand = {
  command: 'ingest',
  describe: '(not implemented yet)',
  builder: (yargs) => yargs,
  handler: async () => {
    throw new NewsgraphError('kg ingest is not implemented yet');
  },
};
