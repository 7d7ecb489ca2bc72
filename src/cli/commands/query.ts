import { writeFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import { neo4jConfigFrom, withNeo4jOptions, type Neo4jFlags } from '../neo4jOptions.js';
import { NewsgraphError } from '../../errors.js';
import { buildZip } from '../../query/buildZip.js';
import { formatQueryList } from '../../query/formatQueryList.js';
import { formatRows, OUTPUT_FORMATS, type OutputFormat } from '../../query/formatRows.js';
import { findQuery, loadQueries } from '../../query/loadQueries.js';
import { parseParamArgs } from '../../query/parseParamArgs.js';

interface QueryArgs extends Neo4jFlags {
  name?: string;
  list: boolean;
  param?: string | string[];
  format: OutputFormat;
  zip?: string;
}

/** The folder the favourites land in when the zip is dropped on Neo4j Browser. */
export const FAVOURITES_FOLDER = 'newsgraph';

export const queryCommand: KgCommand<QueryArgs> = {
  command: 'query [name]',
  describe: 'Run a saved question from cypher/queries/ (who bid for X, shortest paths, disagreements, ...)',
  builder: (yargs: Argv) =>
    withNeo4jOptions(yargs)
      .positional('name', { type: 'string', describe: 'Query name (kg query --list shows them)' })
      .option('list', {
        type: 'boolean',
        default: false,
        describe: 'List the queries, their descriptions and parameters',
      })
      .option('param', {
        alias: 'p',
        type: 'string',
        nargs: 1, // repeatable, but never swallows the query name: -p a=1 -p b=2
        describe: 'Query parameter key=value (repeatable); defaults come from the :param lines',
      })
      .option('format', {
        choices: OUTPUT_FORMATS,
        default: 'table' as OutputFormat,
        describe: 'Output format',
      })
      .option('zip', {
        type: 'string',
        describe: 'Write the queries as a zip of Neo4j Browser favourites to this file',
      })
      .example('kg query --list', 'What can I ask?')
      .example('kg query who-bid-for --param entity=TikTok', 'Who bid for TikTok')
      .example('kg query shortest-path -p from=Walmart -p to=Oracle --format json', 'Paths as JSON')
      .example(
        'kg query --zip newsgraph-queries.zip',
        'Favourites for Neo4j Browser (drag and drop)',
      ) as unknown as Argv<QueryArgs>,
  handler: async (args) => {
    const { createGateway } = await import('../../graph/gateway.js');
    const { bindParams } = await import('../../query/bindParams.js');
    const { runQueryScript } = await import('../../query/runQueryScript.js');
    const queries = loadQueries();
    if (args.zip) {
      const zip = buildZip(
        queries.map((q) => ({ name: `${FAVOURITES_FOLDER}/${q.name}.cypher`, data: q.text })),
      );
      writeFileSync(args.zip, zip);
      process.stdout.write(
        `Wrote ${queries.length} queries to ${args.zip}: drop it on Neo4j Browser's Favorites drawer.\n`,
      );
      return 0;
    }
    if (args.list) {
      process.stdout.write(formatQueryList(queries));
      return 0;
    }
    if (!args.name) {
      throw new NewsgraphError(`name a query: expected one of ${queries.map((q) => q.name).join(', ')}`, 2);
    }
    const script = findQuery(queries, args.name);
    const params = bindParams(script, parseParamArgs([args.param ?? []].flat()));
    const gateway = createGateway(neo4jConfigFrom(args), { debug: args.debug });
    try {
      const results = await runQueryScript(gateway, script, params);
      if (args.format === 'json' && results.length > 1)
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      else process.stdout.write(results.map((rows) => formatRows(rows, args.format)).join('\n'));
      return 0;
    } finally {
      await gateway.close();
    }
  },
};
