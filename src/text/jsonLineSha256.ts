import { createHash } from 'node:crypto';
import type { JsonLineRecord } from './parseJsonLine.js';

/**
 * The sha256 of what a JSON Lines article is made of: every field of the record that reaches the
 * graph (`id`, `title`, `text`, `url`, `published`) in that order, as one JSON array with null for a
 * missing field. A record re-dated from "2024-03-01" to "2024-03-02", or given a url, is a changed
 * article and is written again; the order of its keys, the spaces between them and fields newsgraph
 * does not read (`"author"`) change nothing.
 */
export function jsonLineSha256(record: JsonLineRecord): string {
  const fields = [record.id, record.title, record.text, record.url, record.published];
  return createHash('sha256')
    .update(JSON.stringify(fields.map((field) => field ?? null)))
    .digest('hex');
}
