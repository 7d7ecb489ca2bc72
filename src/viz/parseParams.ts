import { InputError } from '../errors.js';

/**
 * Pure: `--param k=v` strings -> Cypher parameters. Numbers, true/false and null
 * are typed; JSON arrays/objects are parsed; everything else stays a string.
 */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new InputError(`--param '${pair}': expected name=value`);
    params[pair.slice(0, eq).trim()] = parseValue(pair.slice(eq + 1));
  }
  return params;
}

function parseValue(raw: string): unknown {
  const text = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return raw;
    }
  }
  return raw;
}
