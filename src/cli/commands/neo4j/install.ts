import type { KgCommand } from '../../command.js';
import {
  withLocalServerOptions,
  localServerOptionsFrom,
  type LocalServerFlags,
} from '../../localServerOptions.js';
import { installNeo4j } from '../../../neo4j-local/install.js';
import { localServerPaths, NEO4J_VERSION } from '../../../neo4j-local/paths.js';
import { requireJava } from '../../../neo4j-local/tools.js';

export const installCommand: KgCommand<LocalServerFlags> = {
  command: 'install',
  describe: `Download Neo4j ${NEO4J_VERSION} Community, Browser and APOC core from Maven Central (no Docker needed)`,
  builder: (yargs) => withLocalServerOptions(yargs),
  handler: async (args) => {
    requireJava();
    const paths = localServerPaths(localServerOptionsFrom(args).instance);
    const result = await installNeo4j(paths, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(
      `Neo4j ${NEO4J_VERSION} ${result.alreadyInstalled ? 'already installed' : 'installed'} in ${paths.distribution} (${result.jars} jars; APOC core in ${result.plugins} plugin jars).\n`,
    );
    return 0;
  },
};
