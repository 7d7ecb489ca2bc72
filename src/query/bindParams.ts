import neo4j from 'neo4j-driver';
import { NewsgraphError } from '../errors.js';
import type { QueryParam, QueryScript } from './queryScript.js';

/**
 * Pure: the `--param` strings of one run + the script's `:param` defaults ->
 * the Cypher parameters. A parameter whose default is a whole number (limit,
 * depth) takes an integer and is sent as a Neo4j Integer (LIMIT needs one);
 * booleans take true/false; lists take a JSON list or comma-separated values;
 * everything else is sent as the string given. Unknown keys and missing values
 * are one error line (exit code 2) listing what the query expects.
 */
export function bindParams(script: QueryScript, given: Record<string, string>): Record<string, unknown> {
  const expected = () => describeExpected(script);
  const known = new Map(script.params.map((p) => [p.name, p]));
  const unknown = Object.keys(given).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw usage(
      `query '${script.name}' has no parameter ${unknown.map((k) => `'${k}'`).join(', ')}: ${expected()}`,
    );
  }
  const bound: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const param of script.params) {
    if (param.name in given) bound[param.name] = convert(script, param, given[param.name]);
    else if (param.defaultValue !== undefined) bound[param.name] = fromDefault(param.defaultValue);
    else if (param.used) missing.push(param.name);
  }
  if (missing.length > 0) {
    throw usage(
      `query '${script.name}' needs ${missing.map((m) => `--param ${m}=...`).join(' ')}: ${expected()}`,
    );
  }
  return bound;
}

/** "expects entity (e.g. TikTok), limit (default 10)" */
export function describeExpected(script: QueryScript): string {
  if (script.params.length === 0) return 'it takes no parameters';
  return `it expects ${script.params
    .map((p) =>
      p.defaultValue === undefined ? p.name : `${p.name} (default ${JSON.stringify(p.defaultValue)})`,
    )
    .join(', ')}`;
}

const usage = (message: string) => new NewsgraphError(message, 2);

function convert(script: QueryScript, param: QueryParam, raw: string): unknown {
  const fallback = param.defaultValue;
  if (typeof fallback === 'number') {
    const text = raw.trim();
    if (Number.isInteger(fallback)) {
      if (!/^-?\d+$/.test(text))
        throw usage(`--param ${param.name}=${raw}: query '${script.name}' needs a whole number`);
      return neo4j.int(text);
    }
    if (text === '' || !Number.isFinite(Number(text))) {
      throw usage(`--param ${param.name}=${raw}: query '${script.name}' needs a number`);
    }
    return Number(text);
  }
  if (typeof fallback === 'boolean') {
    if (!/^(true|false)$/i.test(raw.trim()))
      throw usage(`--param ${param.name}=${raw}: expected true or false`);
    return raw.trim().toLowerCase() === 'true';
  }
  if (Array.isArray(fallback)) {
    if (raw.trim().startsWith('[')) {
      try {
        return JSON.parse(raw);
      } catch {
        throw usage(`--param ${param.name}=${raw}: not a JSON list`);
      }
    }
    return raw.split(',').map((item) => item.trim());
  }
  return raw;
}

function fromDefault(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(fromDefault);
  return value;
}
