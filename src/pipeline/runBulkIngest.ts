import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BulkRefusedError } from '../errors.js';
import { applySchema } from '../graph/applySchema.js';
import { importArguments } from '../graph/bulk/bulkFiles.js';
import { ARRAY_DELIMITER } from '../graph/bulk/csvLine.js';
import { createBulkGraph } from '../graph/bulk/createBulkGraph.js';
import type { Gateway } from '../graph/gateway.js';
import { isEmptyDatabase } from '../graph/isEmptyDatabase.js';
import { loadStoreFiles } from '../neo4j-local/loadStoreFiles.js';
import { localServerPaths, type LocalServerOptions } from '../neo4j-local/paths.js';
import type { ArticleExtractor } from './articleExtractor.js';
import { createCsvSink } from './createCsvSink.js';
import { runIngest } from './runIngest.js';
import type { IngestOptions, IngestSummary } from './types.js';

export interface BulkOptions {
  /** The local instance behind the gateway: stopped for the import, started again after it. */
  server: LocalServerOptions | null;
  /**
   * Only write the import files into this directory and print the import command (a server in a
   * container or on another machine): whoever runs it stops the server, imports, starts, runs kg init.
   */
  csvDir?: string;
  log?: (line: string) => void;
  /** Keep the CSV files (default: removed after a successful import). */
}

/**
 * `kg ingest --bulk`: a first load at extraction speed. The same reading and extraction as
 * runIngest, but each batch becomes CSV lines (createBulkGraph computes what the ordinary writer
 * would leave, aggregates included) instead of transactions; then the server stops,
 * `neo4j-admin database import full` writes the store, the server starts and gets the schema.
 * Refused with one line when the database holds anything: the import replaces the whole store.
 */
export async function runBulkIngest(
  inputs: string[],
  gateway: Gateway,
  extractor: ArticleExtractor,
  options: IngestOptions,
  bulk: BulkOptions,
): Promise<IngestSummary> {
  const log = bulk.log ?? (() => {});
  if (!(await isEmptyDatabase(gateway))) {
    throw new BulkRefusedError(
      `--bulk loads an empty database only and ${gateway.config.database} on ${gateway.config.uri} holds data: run kg ingest without --bulk to add to it (or empty it first)`,
    );
  }
  const server = bulk.server;
  const dir =
    bulk.csvDir ?? (server ? mkdtempSync(join(localServerPaths(server.instance).home, 'bulk-')) : null);
  if (dir === null) throw new BulkRefusedError('--bulk needs a local kg neo4j instance or --bulk-csv DIR');
  const started = Date.now();
  const csv = createCsvSink(dir);
  const graph = createBulkGraph(new Date().toISOString());
  let loaded = false;
  try {
    const summary = await runIngest(inputs, gateway, extractor, {
      ...options,
      sink: {
        write: (batch) => csv.append(graph.addBatch(batch)),
        async finish() {
          await csv.append(graph.finish());
          await csv.close();
          const extracted = Date.now();
          log(`Extraction and import files: ${seconds(started, extracted)} s`);
          const args = importArguments(resolve(dir), ARRAY_DELIMITER);
          if (bulk.csvDir || !server) {
            log(
              `Import files written to ${dir}. With the server stopped run: neo4j-admin database import full ${gateway.config.database} ${args.join(' ')}; then start it and run kg init (constraints and indexes).`,
            );
            return;
          }
          await loadStoreFiles(server, gateway.config.database, args, log);
          await gateway.verifyConnectivity();
          const imported = Date.now();
          await applySchema(gateway);
          log(
            `Stop, import and start: ${seconds(extracted, imported)} s; constraints and indexes: ${seconds(imported, Date.now())} s`,
          );
          loaded = true;
        },
      },
    });
    summary.entities = graph.counts().entities;
    return summary;
  } finally {
    if (loaded) rmSync(dir, { recursive: true, force: true });
    else if (!loaded && !bulk.csvDir) log(`The import files are kept in ${dir}`);
  }
}

const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
