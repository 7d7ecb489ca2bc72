import { basename } from 'node:path';
import { InputError } from '../errors.js';
import { isClientCommand, splitStatements, stripComments } from '../graph/cypherFiles.js';
import { parseParamLine } from './parseParamLine.js';
import type { QueryParam, QueryScript } from './queryScript.js';

/**
 * Pure: the text of cypher/queries/<name>.cypher -> a QueryScript. The header is
 *   // <Title>
 *   // name: who-bid-for
 *   // description: one line
 *   // params:
 *   //   entity: what it is, e.g. TikTok
 *   :param entity => 'TikTok'
 * `:param` lines become defaults; `$name` uses in the statements must be declared.
 */
export function parseQueryScript(text: string, file: string): QueryScript {
  const fail = (reason: string) => new InputError(`${file}: ${reason}`);
  const lines = text.split(/\r?\n/);
  const titleMatch = /^\/\/\s*(\S.*?)\s*$/.exec(lines[0] ?? '');
  if (!titleMatch) throw fail("the first line must be '// <Title>'");
  const fileName = basename(file).replace(/\.cypher$/, '');

  const header: Record<string, string> = {};
  const declared = new Map<string, string>();
  const defaults = new Map<string, unknown>();
  let inParams = false;
  for (const line of lines.slice(1)) {
    if (isClientCommand(line)) {
      const param = parseParamLine(line);
      if (param && 'error' in param) throw fail(param.error);
      if (param) defaults.set(param.name, param.value);
      continue;
    }
    const comment = /^\s*\/\/(.*)$/.exec(line);
    if (!comment) {
      if (line.trim() === '') continue;
      break; // the header ends at the first line of Cypher
    }
    const body = comment[1];
    const paramLine = /^\s{2,}([A-Za-z_]\w*)\s*:\s*(.*)$/.exec(body);
    if (inParams && paramLine) {
      declared.set(paramLine[1], paramLine[2].trim());
      continue;
    }
    const field = /^\s?([a-z]+):\s*(.*)$/.exec(body);
    inParams = field?.[1] === 'params';
    if (field && !(field[1] in header)) header[field[1]] = field[2].trim();
  }

  const statements = splitStatements(text);
  if (statements.length === 0) throw fail('has no Cypher statement');
  const used = new Set(statements.flatMap(parameterNames));
  const name = header.name || fileName;
  if (name !== fileName) throw fail(`'// name: ${name}' must match the file name '${fileName}'`);
  if (!header.description) throw fail("needs a '// description: ...' line");
  for (const param of used) {
    if (!declared.has(param)) throw fail(`uses $${param} but its '// params:' list does not describe it`);
  }
  const params: QueryParam[] = [...declared].map(([paramName, description]) => ({
    name: paramName,
    description,
    ...(defaults.has(paramName) ? { defaultValue: defaults.get(paramName) } : {}),
    used: used.has(paramName),
  }));
  return { name, title: titleMatch[1], description: header.description, params, statements, text, file };
}

/** Pure: `$name` parameters a statement uses (outside comments and string literals). */
export function parameterNames(statement: string): string[] {
  const code = stripComments(statement).replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
  return [...new Set([...code.matchAll(/\$(?:`([^`]+)`|([A-Za-z_]\w*))/g)].map((m) => m[1] ?? m[2]))];
}
