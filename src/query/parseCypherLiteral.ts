/**
 * Pure: the value of a `:param` line, a Cypher literal: 'text' or "text" (with
 * backslash escapes), integers, floats, true/false, null, and lists of these.
 * Returns undefined for anything else (an expression Browser would evaluate).
 */
export function parseCypherLiteral(source: string): unknown {
  const parser = { text: source.trim(), at: 0 };
  const value = readValue(parser);
  skipSpace(parser);
  return value !== NOT_A_LITERAL && parser.at === parser.text.length ? value : undefined;
}

const NOT_A_LITERAL = Symbol('not a literal');
type Parser = { text: string; at: number };
const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

function skipSpace(p: Parser): void {
  while (/\s/.test(p.text[p.at] ?? '')) p.at++;
}

function readValue(p: Parser): unknown {
  skipSpace(p);
  const ch = p.text[p.at];
  if (ch === "'" || ch === '"') return readString(p, ch);
  if (ch === '[') return readList(p);
  const word = /^(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)(?![\w.])/i.exec(p.text.slice(p.at));
  if (!word) return NOT_A_LITERAL;
  p.at += word[0].length;
  const lower = word[0].toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (lower === 'null') return null;
  return Number(word[0]);
}

function readString(p: Parser, quote: string): unknown {
  let out = '';
  for (p.at++; p.at < p.text.length; p.at++) {
    const ch = p.text[p.at];
    if (ch === quote) {
      p.at++;
      return out;
    }
    if (ch === '\\') {
      const next = p.text[++p.at] ?? '';
      out += ESCAPES[next] ?? next;
    } else {
      out += ch;
    }
  }
  return NOT_A_LITERAL; // unterminated
}

function readList(p: Parser): unknown {
  const items: unknown[] = [];
  p.at++; // [
  skipSpace(p);
  if (p.text[p.at] === ']') {
    p.at++;
    return items;
  }
  for (;;) {
    const item = readValue(p);
    if (item === NOT_A_LITERAL) return NOT_A_LITERAL;
    items.push(item);
    skipSpace(p);
    const ch = p.text[p.at++];
    if (ch === ']') return items;
    if (ch !== ',') return NOT_A_LITERAL;
  }
}
