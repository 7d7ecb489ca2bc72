/** Bytes looked at to tell a feed from a page. */
const SNIFF_CHARS = 2048;

/**
 * True when a document's first characters open an RSS, Atom or RSS 1.0 (RDF) feed, after an XML
 * declaration, comments, a stylesheet instruction or a doctype: servers send feeds as text/xml,
 * text/plain or even text/html, so the body decides.
 */
export function looksLikeFeed(head: string): boolean {
  const start = head
    .slice(0, SNIFF_CHARS)
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(start);
}
