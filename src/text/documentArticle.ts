import { createHash } from 'node:crypto';
import type { Article } from '../types.js';
import { cleanText } from './cleanText.js';
import { copyMeta } from './copyMeta.js';
import { decodeDocument } from './decodeDocument.js';
import type { TextKind } from './types.js';

export type DocumentArticle = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * One whole document's bytes (a file, stdin, a fetched page) as an article: decoded with the
 * encoding it declares (`charset`: an HTTP header's), cleaned, its metadata kept. `path` is
 * `source` except for stdin; sha256 is the bytes'. Pure.
 */
export function documentArticle(
  bytes: Uint8Array,
  kind: TextKind,
  id: string,
  source: string,
  options: { charset?: string } = {},
): DocumentArticle {
  const decoded = decodeDocument(bytes, kind, options);
  if (!decoded.ok) return decoded;
  const cleaned = cleanText(decoded.text, kind);
  if (cleaned.text === '')
    return { ok: false, reason: 'no article text left after removing markup and page chrome' };
  const article: Article = { id, title: cleaned.title, text: cleaned.text, sha256: sha256(bytes) };
  if (source !== 'stdin') article.path = source;
  if (cleaned.byline !== undefined) article.byline = cleaned.byline;
  copyMeta(cleaned, article);
  return { ok: true, article };
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
