import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import { neo4jConfigFrom, withNeo4jOptions, type Neo4jFlags } from '../neo4jOptions.js';
import { toCsv } from '../../viz/toCsv.js';
import { toGexf } from '../../viz/toGexf.js';
import { toGraphml } from '../../viz/toGraphml.js';
import { toJson } from '../../viz/toJson.js';
import type { VizGraph } from '../../viz/vizGraph.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportArgs extends Neo4jFlags {
  format: ExportFormat;
  output: string;
  evidence?: boolean;
}

/** Pure: the files one format produces, name -> content. */
export function exportFiles(graph: VizGraph, format: ExportFormat): Record<string, string> {
  switch (format) {
    case 'graphml':
      return { 'graph.graphml': toGraphml(graph) };
    case 'gexf':
      return { 'graph.gexf': toGexf(graph) };
    case 'json':
      return { 'graph.json': toJson(graph) };
    case 'csv': {
      const csv = toCsv(graph);
      return { 'nodes.csv': csv.nodes, 'relationships.csv': csv.relationships };
    }
  }
}

export const exportCommand: KgCommand<ExportArgs> = {
  command: 'export',
  describe: 'Write the entity graph as GraphML, GEXF (Gephi, yEd), JSON or neo4j-admin import CSV',
  builder: (yargs: Argv) =>
    withNeo4jOptions(yargs)
      .option('format', {
        alias: 'f',
        choices: EXPORT_FORMATS,
        default: 'graphml' as ExportFormat,
        describe: 'Output format',
      })
      .option('output', { alias: 'o', type: 'string', default: 'out', describe: 'Directory to write into' })
      .option('evidence', {
        type: 'boolean',
        default: false,
        describe: 'JSON only: include evidence sentences per edge',
      })
      .example('kg export --format gexf -o out/', '')
      .example(
        'kg export --format csv -o import/ && neo4j-admin database import full --nodes=import/nodes.csv --relationships=import/relationships.csv',
        '',
      ) as unknown as Argv<ExportArgs>,
  handler: async (args) => {
    const { createGateway } = await import('../../graph/gateway.js');
    const { loadVizGraph } = await import('../../viz/loadVizGraph.js');
    const gateway = createGateway(neo4jConfigFrom(args), { debug: args.debug });
    let graph: VizGraph;
    try {
      const evidencePerEdge = args.format === 'json' && args.evidence ? 20 : 0;
      graph = await loadVizGraph(gateway, { kind: 'all' }, { evidencePerEdge });
    } finally {
      await gateway.close();
    }
    const dir = resolve(args.output);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(exportFiles(graph, args.format))) {
      writeFileSync(join(dir, name), content);
      process.stdout.write(`Wrote ${join(dir, name)}\n`);
    }
    process.stdout.write(`${graph.nodes.length} entities, ${graph.edges.length} relations.\n`);
    return 0;
  },
};
