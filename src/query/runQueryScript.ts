import type { Gateway, Row } from '../graph/gateway.js';
import type { QueryScript } from './queryScript.js';

/** Runs every statement of a script in one read transaction (a write is refused); one row list per statement. */
export async function runQueryScript(
  gateway: Gateway,
  script: QueryScript,
  params: Record<string, unknown>,
): Promise<Row[][]> {
  return gateway.readTransaction(async (tx) => {
    const results: Row[][] = [];
    for (const statement of script.statements) results.push(await tx.run(statement, params));
    return results;
  });
}
