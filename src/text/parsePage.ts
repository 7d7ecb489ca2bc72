import { parseHTML } from 'linkedom';

/**
 * Parses an HTML page into a linkedom document. HTML attribute names are case-insensitive,
 * but linkedom keeps them as written: `<META NAME="Author" CONTENT="...">` (1990s pages,
 * ASP.NET) would be invisible to `meta[content]`. They are lowercased here.
 * A fragment without <html> ("<p>Text.</p>", a JSON Lines record's text) is read as a body.
 */
export function parsePage(html: string): Document {
  // linkedom makes the first element of a fragment ("<p>Text.</p>") the document element,
  // outside any <body>: a page without <html> is read as the body of one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      el.removeAttribute(name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
  }
  return document;
}
