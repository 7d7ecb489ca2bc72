import { parseCypherLiteral } from './parseCypherLiteral.js';

export type ParamLine = { name: string; value: unknown } | { error: string } | null;

/**
 * Pure: one Browser client-command line -> a parameter default.
 * `:param entity => 'ByteDance'` -> { name: 'entity', value: 'ByteDance' };
 * also the older `:param limit: 10`. Other lines -> null; a `:param` line whose
 * value is not a literal -> { error }.
 */
export function parseParamLine(line: string): ParamLine {
  const command = /^\s*:params?\s+(.*?)\s*;?\s*$/i.exec(line);
  if (!command) return null;
  const assignment = /^(`[^`]+`|[A-Za-z_][\w]*)\s*(=>|:)\s*(.+)$/.exec(command[1]);
  if (!assignment) return { error: `expected ':param name => value', got '${line.trim()}'` };
  const name = assignment[1].replace(/^`|`$/g, '');
  const value = parseCypherLiteral(assignment[3]);
  if (value === undefined)
    return { error: `':param ${name}' needs a literal value (string, number, boolean, null or list)` };
  return { name, value };
}
