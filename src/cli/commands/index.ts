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

/** Explicit registry (no commandDir under ESM). */
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
