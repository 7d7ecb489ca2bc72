export interface JsonLineRecord {
  /** From `id` (a string or number); undefined when the line has none. */
  id?: string;
  title?: string;
  text: string;
  url?: string;
  published?: string;
}

export type ParsedJsonLine = { ok: true; record: JsonLineRecord } | { ok: false; reason: string };

/**
 * Parses one JSON Lines record `{"id","title","text","url","published"}`: `text` is a
 * non-empty string; the other fields, when present, are strings (`id` may be a number).
 */
export function parseJsonLine(line: string): ParsedJsonLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${(error as Error).message.split('\n')[0]})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'expected a JSON object {"id","title","text","url","published"}' };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { ok: false, reason: 'missing "text" string' };
  if (record.text.trim() === '') return { ok: false, reason: 'empty "text"' };
  const out: JsonLineRecord = { text: record.text };
  if (record.id !== undefined && record.id !== null) {
    if (typeof record.id === 'number' && Number.isFinite(record.id)) out.id = String(record.id);
    else if (typeof record.id === 'string' && record.id.trim() !== '') out.id = record.id.trim();
    else return { ok: false, reason: '"id" must be a non-empty string or a number' };
  }
  for (const field of ['title', 'url', 'published'] as const) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { ok: false, reason: `"${field}" must be a string` };
    if (v.trim() !== '') out[field] = v.trim();
  }
  return { ok: true, record: out };
}
