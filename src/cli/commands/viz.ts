import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import { neo4jConfigFrom, withNeo4jOptions, type Neo4jFlags } from '../neo4jOptions.js';
import { InputError } from '../../errors.js';
import type { VizSelection } from '../../viz/loadVizGraph.js';
import { parseParams } from '../../viz/parseParams.js';

export interface VizArgs extends Neo4jFlags {
  entity?: string;
  depth: number;
  query?: string;
  param: string[];
  all?: boolean;
  top: number;
  output: string;
  open?: boolean;
  png?: string;
  serve?: boolean;
  port: number;
  host?: string;
}

/** Pure: which part of the graph the flags ask for. */
export function vizSelection(
  args: Pick<VizArgs, 'entity' | 'depth' | 'query' | 'param' | 'all'>,
): VizSelection {
  const chosen = [args.entity !== undefined, args.query !== undefined, args.all === true].filter(
    Boolean,
  ).length;
  if (chosen > 1) throw new InputError('kg viz: give one of --entity, --query or --all');
  if (args.entity !== undefined) {
    if (!Number.isInteger(args.depth) || args.depth < 0)
      throw new InputError('kg viz: --depth is a whole number >= 0');
    return { kind: 'entity', name: args.entity, depth: args.depth };
  }
  if (args.query !== undefined)
    return { kind: 'query', name: args.query, params: parseParams(args.param ?? []) };
  return { kind: 'all' };
}

/**
 * Pure: what the page draws at first. Without --all, --entity or --query: the `--top` related
 * entities by evidence (the rest found by search and expand); otherwise everything selected.
 */
export function vizView(args: Pick<VizArgs, 'entity' | 'query' | 'all' | 'top'>): {
  top: number;
  all: boolean;
} {
  if (!Number.isInteger(args.top) || args.top < 1)
    throw new InputError('kg viz: --top is a whole number >= 1');
  const all = args.all === true || args.entity !== undefined || args.query !== undefined;
  return { top: args.top, all };
}

function describeSelection(selection: VizSelection, view: { top: number; all: boolean }): string {
  if (selection.kind === 'entity') return `${selection.name} (depth ${selection.depth})`;
  if (selection.kind === 'query') return `query ${selection.name}`;
  return view.all ? 'all entities' : `top ${view.top} related entities`;
}

export const vizCommand: KgCommand<VizArgs> = {
  command: 'viz',
  describe: 'Draw the graph as one self-contained HTML page (sigma.js, works offline); --png for an image',
  builder: (yargs: Argv) =>
    withNeo4jOptions(yargs)
      .option('entity', {
        type: 'string',
        describe: 'Draw the neighbourhood of this entity (name, alias or id)',
      })
      .option('depth', { type: 'number', default: 1, describe: 'Steps out from --entity' })
      .option('query', {
        type: 'string',
        describe: 'Draw the entities a cypher/queries/<name>.cypher query returns',
      })
      .option('param', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Query parameter name=value (repeatable)',
      })
      .option('all', {
        type: 'boolean',
        describe: 'Draw every entity, related or not (isolated ones in a grid apart)',
      })
      .option('top', {
        type: 'number',
        default: 150,
        describe: 'By default draw this many related entities, ranked by claims and articles',
      })
      .option('output', {
        alias: 'o',
        type: 'string',
        default: 'out/graph.html',
        describe: 'HTML file to write',
      })
      .option('open', { type: 'boolean', describe: 'Open the page in the default browser' })
      .option('png', { type: 'string', describe: 'Also save a screenshot through headless Chromium' })
      .option('serve', {
        type: 'boolean',
        describe:
          'Serve the page live from Neo4j on 127.0.0.1 (search, expand, queries, articles); Ctrl-C stops',
      })
      .option('port', { type: 'number', default: 7733, describe: 'Port for --serve (0: any free port)' })
      .option('host', {
        type: 'string',
        describe: 'Address for --serve other than 127.0.0.1 (prints a warning: others could reach it)',
      })
      .example('kg viz --entity ByteDance --depth 2 -o out/bytedance.html', '')
      .example('kg viz --top 300 -o out/graph.html', '')
      .example('kg viz --all --png out/graph.png', '')
      .example(
        'kg viz --serve --port 7733',
        'Live view: open the printed URL (it holds the token)',
      ) as unknown as Argv<VizArgs>,
  handler: async (args) => {
    const { createGateway } = await import('../../graph/gateway.js');
    const { loadVizGraph } = await import('../../viz/loadVizGraph.js');
    const { writeVizHtml, coMentionIds, CO_MENTIONS_PER_ENTITY } = await import('../../viz/writeVizHtml.js');
    const { loadCoMentions } = await import('../../viz/loadCoMentions.js');
    const selection = vizSelection(args);
    if (args.serve) return serveLive(args, selection);
    const view = vizView(args);
    // --png only: the browser driver is a devDependency. Checked before anything is drawn, so a
    // missing one is a single line naming what to install.
    if (args.png) await (await import('../../viz/launchChromium.js')).requireChromium();
    const gateway = createGateway(neo4jConfigFrom(args), { debug: args.debug });
    let graph;
    let coMentions;
    try {
      graph = await loadVizGraph(gateway, selection);
      coMentions = await loadCoMentions(gateway, coMentionIds(graph, view), CO_MENTIONS_PER_ENTITY);
    } finally {
      await gateway.close();
    }
    const output = resolve(args.output);
    const title = `newsgraph: ${describeSelection(selection, view)}`;
    const drawn = await writeVizHtml(graph, output, title, view, coMentions);
    process.stdout.write(
      `Wrote ${output} (${drawn.nodes.length} of ${graph.nodes.length} entities drawn, ${graph.edges.length} relations).\n`,
    );
    if (args.png) {
      const { renderPng } = await import('../../viz/renderPng.js');
      await renderPng(output, resolve(args.png));
      process.stdout.write(`Wrote ${resolve(args.png)}.\n`);
    }
    if (args.open) openInBrowser(output);
    return 0;
  },
};

/** `kg viz --serve`: serves the page live until Ctrl-C (SIGINT) or SIGTERM, then closes cleanly. */
async function serveLive(args: VizArgs, selection: VizSelection): Promise<number> {
  if (args.png) throw new InputError('kg viz: --png draws a file; leave it out with --serve');
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new InputError('kg viz: --port is a whole number from 0 to 65535');
  const { createGateway } = await import('../../graph/gateway.js');
  const { listenHost } = await import('../../serve/listenHost.js');
  const { startLiveView } = await import('../../serve/startLiveView.js');
  const { host, warning } = listenHost(args.host);
  if (warning) process.stderr.write(`kg: warning: ${warning}\n`);
  const gateway = createGateway(neo4jConfigFrom(args), { debug: args.debug });
  try {
    const server = await startLiveView(gateway, {
      selection,
      title: `newsgraph (live): ${describeSelection(selection, vizView(args))}`,
      host,
      port: args.port,
      log: (line) => process.stderr.write(`kg viz --serve: ${line}\n`),
    });
    process.stdout.write(
      `Serving ${server.entities} entities, ${server.relations} relations (read-only) at\n  ${server.url}\nCtrl-C stops.\n`,
    );
    if (args.open) openInBrowser(server.url);
    const signal = await new Promise<NodeJS.Signals>((done) => {
      const stop = (name: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done(name);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    process.stdout.write(`Stopped (${signal}).\n`);
    return 0;
  } finally {
    await gateway.close();
  }
}

function openInBrowser(path: string): void {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [path], { detached: true, stdio: 'ignore' });
  child.on('error', () => process.stderr.write(`kg: could not run ${opener}; open ${path} yourself\n`));
  child.unref();
}
