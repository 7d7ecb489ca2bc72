import type { VizNode } from '../vizGraph.js';

/**
 * Pure: nodes matching `query` (any case), best first: exact name, alias or id; then names
 * starting with it; then names or aliases containing it. Ties: higher degree, then shorter name.
 */
export function searchNodes(nodes: readonly VizNode[], query: string, limit: number): VizNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: Array<[number, VizNode]> = [];
  for (const node of nodes) {
    const name = node.name.toLowerCase();
    const aliases = node.aliases.map((a) => a.toLowerCase());
    const rank =
      name === q || node.id.toLowerCase() === q || aliases.includes(q)
        ? 0
        : name.startsWith(q)
          ? 1
          : name.includes(q) || aliases.some((a) => a.includes(q))
            ? 2
            : -1;
    if (rank >= 0) scored.push([rank, node]);
  }
  scored.sort(
    ([ra, a], [rb, b]) =>
      ra - rb || b.degree - a.degree || a.name.length - b.name.length || (a.id < b.id ? -1 : 1),
  );
  return scored.slice(0, limit).map(([, node]) => node);
}
