import type { Gateway } from '../../src/graph/gateway.js';
import { duplicateEntityIds, graphDump } from '../../test/support/graphQueries.js';

/** One scenario's line: `name: figures  PASS`. */
export interface ScenarioResult {
  name: string;
  ok: boolean;
  figures: string;
}

export type GraphDump = Awaited<ReturnType<typeof graphDump>>;

export const resultLine = (r: ScenarioResult) => `${r.name}: ${r.figures}  ${r.ok ? 'PASS' : 'FAIL'}`;

/** What "nothing lost" means: the canonical dump equals the clean ingest's, no entity id twice. */
export async function compareWithClean(
  gateway: Gateway,
  clean: GraphDump,
): Promise<{ ok: boolean; text: string }> {
  const dump = await graphDump(gateway);
  const duplicates = await duplicateEntityIds(gateway);
  const equal = JSON.stringify(dump) === JSON.stringify(clean);
  const text = equal
    ? `graph equals the clean ingest (${dump.edges.length} typed edges), ${duplicates} duplicate entity ids`
    : `graph DIFFERS from the clean ingest (${differences(dump, clean)}), ${duplicates} duplicate entity ids`;
  return { ok: equal && duplicates === 0, text };
}

/** "Article 120 vs 300, edges 410 vs 455": the counts that differ. */
function differences(dump: GraphDump, clean: GraphDump): string {
  const out: string[] = [];
  for (const part of ['labels', 'relationships'] as const) {
    const keys = new Set([...Object.keys(dump.counts[part]), ...Object.keys(clean.counts[part])]);
    for (const key of [...keys].sort()) {
      const [a, b] = [dump.counts[part][key] ?? 0, clean.counts[part][key] ?? 0];
      if (a !== b) out.push(`${key} ${a} vs ${b}`);
    }
  }
  if (dump.edges.length !== clean.edges.length)
    out.push(`typed edges ${dump.edges.length} vs ${clean.edges.length}`);
  else if (out.length === 0) out.push('same counts, different edge aggregates');
  return out.slice(0, 6).join(', ');
}
