import type { KgCommand } from '../command.js';
import { neo4jCommand } from './neo4j.js';
import { initCommand } from './init.js';
import { extractCommand } from './extract.js';
import { evalCommand } from './eval.js';
import { ingestCommand } from './ingest.js';
import { queryCommand } from './query.js';
import { vizCommand } from './viz.js';
import { exportCommand } from './export.js';
import { demoCommand } from './demo.js';

/**
 * Explicit registry (no commandDir under ESM). Each handler loads its heavy modules
 * (compromise, neo4j-driver, playwright-core) with `await import`, so `kg --help` or
 * `kg neo4j status` does not pay for the NLP models or Chromium driver it never uses.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: KgCommand<any>[] = [
  neo4jCommand,
  initCommand,
  extractCommand,
  evalCommand,
  ingestCommand,
  queryCommand,
  vizCommand,
  exportCommand,
  demoCommand,
];
