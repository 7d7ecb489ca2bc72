import { readFileSync } from 'node:fs';
import type { Gateway } from '../../src/graph/gateway.js';

const cypher = (file: string) =>
  readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')
    .trim()
    .replace(/;$/, '');

/** Server-side seconds of every statement Neo4j ran while collecting: planning and execution. */
export interface QueryStats {
  statements: number;
  invocations: number;
  planningSeconds: number;
  executionSeconds: number;
}

/**
 * Neo4j's own query statistics (the data collector, db.stats.*, in Community too): clears what
 * was collected and starts collecting for up to two hours. Each statement's summary covers all its
 * invocations (its compile time, i.e. planning or the plan-cache lookup, and its execution time).
 */
export async function startQueryStats(gateway: Gateway): Promise<void> {
  await gateway.executeWrite(cypher('query-stats-reset.cypher'));
  await gateway.executeWrite(cypher('query-stats-start.cypher'));
}

/** What was collected since startQueryStats, summed over statements; collection stops. */
export async function stopQueryStats(gateway: Gateway): Promise<QueryStats> {
  const rows = await gateway.executeRead(cypher('query-stats.cypher'));
  await gateway.executeWrite(cypher('query-stats-stop.cypher'));
  let invocations = 0;
  let planningMicros = 0;
  let executionMicros = 0;
  for (const row of rows) {
    const count = Number(row.invocations);
    invocations += count;
    planningMicros += Number(row.compileAvg) * count;
    executionMicros += Number(row.executionAvg) * count;
  }
  return {
    statements: rows.length,
    invocations,
    planningSeconds: planningMicros / 1e6,
    executionSeconds: executionMicros / 1e6,
  };
}
