import { join } from 'node:path';
import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import type { Gateway } from '../../graph/gateway.js';
import { PACKAGE_ROOT } from '../../packageRoot.js';
import { loadCypher } from '../../graph/cypherFiles.js';
import { resolveNeo4jConfig } from '../../config/neo4jConfig.js';
import { SETTINGS } from '../../config/schema.js';
import { maskSecrets } from '../../config/maskSecrets.js';
import { LOCAL_DEFAULTS } from '../../neo4j-local/paths.js';
import { Neo4jUnavailableError } from '../../errors.js';

const FIRST_QUERY =
  'MATCH p = (:Entity)-[:BID_FOR|REJECTED|PARTNERED_WITH|REGULATES|OWNS|ACQUIRED|LEADS|SUPPORTS]->(:Entity) RETURN p';

/**
 * The Quick start's main job: reuse the Neo4j that NEO4J_URI (or the default
 * local URI) answers on, or start the local server; ingest the sample
 * articles; print the summary, the strongest facts, the Browser URL and a
 * first query to paste.
 */
export const demoCommand: KgCommand<{ inputs: string[] }> = {
  command: 'demo [inputs..]',
  describe: 'Start (or reuse) Neo4j, ingest the sample articles, and show the result',
  builder: (yargs: Argv) =>
    yargs.positional('inputs', {
      type: 'string',
      array: true,
      default: [join(PACKAGE_ROOT, 'data', 'articles')],
      describe: 'What to ingest (default: the sample articles)',
    }) as unknown as Argv<{ inputs: string[] }>,
  handler: async (args) => {
    const { runIngest } = await import('../../pipeline/runIngest.js');
    const { createArticleExtractor } = await import('../../pipeline/createArticleExtractor.js');
    const { formatSummary } = await import('../../pipeline/formatSummary.js');
    const { gateway, browser } = await reachNeo4j();
    try {
      const summary = await runIngest(args.inputs, gateway, createArticleExtractor([]), {
        batchSize: SETTINGS.batchSize.default,
        dryRun: false,
        lexiconFiles: [],
        root: PACKAGE_ROOT,
      });
      process.stdout.write(`\n${formatSummary(summary)}`);
      const facts = await gateway.executeRead(loadCypher('read/demo-facts.cypher'));
      process.stdout.write(
        '\nStrongest facts in the graph (source -TYPE-> target, supporting sentences/articles):\n',
      );
      for (const f of facts) {
        process.stdout.write(
          `  ${f.source} -${f.type}-> ${f.target}  (${f.sentences} sentences, ${f.articles} articles${f.allHedged ? ', hedged' : ''})\n`,
        );
      }
      process.stdout.write(
        `\nNeo4j Browser: ${browser}  (user ${gateway.config.username}, password from NEO4J_PASSWORD or '${LOCAL_DEFAULTS.password}')\n` +
          `First query to paste:\n  ${FIRST_QUERY}\n` +
          `More questions: kg query --list\n`,
      );
      return summary.articles.failed > 0 ? 1 : 0;
    } finally {
      await gateway.close();
    }
  },
};

async function reachNeo4j(): Promise<{ gateway: Gateway; browser: string }> {
  const { createGateway } = await import('../../graph/gateway.js');
  const { browserUrl, startLocalServer } = await import('../../neo4j-local/server.js');
  const config = resolveNeo4jConfig(process.env);
  const gateway = createGateway(config);
  try {
    const info = await gateway.verifyConnectivity();
    process.stderr.write(`Using Neo4j ${info.version} at ${maskSecrets(config.uri, [config.password])}.\n`);
    return { gateway, browser: guessBrowserUrl(config.uri) };
  } catch (error) {
    await gateway.close();
    if (!(error instanceof Neo4jUnavailableError) || process.env.NEO4J_URI) throw error;
  }
  const options = { ...LOCAL_DEFAULTS, password: config.password };
  const status = await startLocalServer(options, (line) => process.stderr.write(`${line}\n`));
  process.stderr.write(
    `Neo4j ${status.server?.version} is running locally (stop it with 'kg neo4j stop').\n`,
  );
  return { gateway: createGateway({ ...config, uri: status.uri }), browser: browserUrl(options) };
}

/** bolt://host:7687 -> http://host:7474/browser/ (Neo4j's default pairing); NEO4J_BROWSER_URL overrides. */
function guessBrowserUrl(uri: string): string {
  if (process.env.NEO4J_BROWSER_URL) return process.env.NEO4J_BROWSER_URL;
  const host = /^[a-z+]+:\/\/(?:[^@/]*@)?([^:/]+)/.exec(uri)?.[1] ?? '127.0.0.1';
  return `http://${host}:7474/browser/`;
}
