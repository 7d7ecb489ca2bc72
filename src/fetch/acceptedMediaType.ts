/** Media types read as news: pages, feeds and text. */
const ACCEPTED = new Set([
  'text/html',
  'application/xhtml+xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
]);

/** "Text/HTML; charset=UTF-8" -> "text/html"; undefined without a header. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type === '' ? undefined : type;
}

/** True for a page, a feed or text; also for no Content-Type at all (the body is sniffed). */
export function acceptedMediaType(contentType: string | undefined): boolean {
  const type = mediaTypeOf(contentType);
  return type === undefined || ACCEPTED.has(type);
}
