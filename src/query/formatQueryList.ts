import type { QueryScript } from './queryScript.js';

/**
 * Pure: the text of `kg query --list`:
 *   who-bid-for   The entities said to bid for ... an entity.
 *                 --param entity=TikTok
 */
export function formatQueryList(queries: readonly QueryScript[]): string {
  const width = Math.max(...queries.map((q) => q.name.length));
  const lines: string[] = [];
  for (const query of queries) {
    lines.push(`${query.name.padEnd(width)}  ${query.description}`);
    const flags = query.params.map(
      (p) => `--param ${p.name}=${p.defaultValue === undefined ? '...' : String(p.defaultValue)}`,
    );
    if (flags.length > 0) lines.push(`${' '.repeat(width)}  ${flags.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
