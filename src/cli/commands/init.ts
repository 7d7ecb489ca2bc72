import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import { neo4jConfigFrom, withNeo4jOptions, type Neo4jFlags } from '../neo4jOptions.js';
import { maskSecrets } from '../../config/maskSecrets.js';

export const initCommand: KgCommand<Neo4jFlags> = {
  command: 'init',
  describe: 'Create the constraints and indexes of cypher/schema.cypher (safe to run again)',
  builder: (yargs: Argv) => withNeo4jOptions(yargs),
  handler: async (args) => {
    const { createGateway } = await import('../../graph/gateway.js');
    const { applySchema } = await import('../../graph/applySchema.js');
    const gateway = createGateway(neo4jConfigFrom(args), { debug: args.debug });
    try {
      const info = await gateway.verifyConnectivity();
      const statements = await applySchema(gateway);
      process.stdout.write(
        `Schema ready on Neo4j ${info.version} at ${maskSecrets(gateway.config.uri, [gateway.config.password])} (${statements} statements).\n`,
      );
      return 0;
    } finally {
      await gateway.close();
    }
  },
};
