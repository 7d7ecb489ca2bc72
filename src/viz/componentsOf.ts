/**
 * Pure: the connected components of an undirected graph given as node ids and edge ends,
 * each a list of ids in first-seen order (nodes visited in sorted id order), the largest first.
 */
export function componentsOf(ids: string[], edges: Array<[string, string]>): string[][] {
  const adjacent = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of edges) {
    if (a === b || !adjacent.has(a) || !adjacent.has(b)) continue;
    adjacent.get(a)!.push(b);
    adjacent.get(b)!.push(a);
  }
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of [...ids].sort()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const component = [start];
    for (let i = 0; i < component.length; i++) {
      for (const next of adjacent.get(component[i])!) {
        if (seen.has(next)) continue;
        seen.add(next);
        component.push(next);
      }
    }
    components.push(component);
  }
  // stable sort: equal sizes keep the order of their smallest id
  return components.sort((a, b) => b.length - a.length);
}
