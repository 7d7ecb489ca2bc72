import { bylineAuthors } from './bylineAuthors.js';
import { domText } from './domText.js';

/** The class, id or test hook of a byline (Readability's pattern, plus test hooks): "byline", "author vcard", "byline-new-contributors". */
const BYLINE = /byline|author|writtenby|contributor/i;
/** Longer than this, an element is an author box or an article, not a byline. */
const MAX_BYLINE_CHARS = 100;

/** The byline found: the name line, and every line of the marked element (name, role, date). */
export interface MarkedByline {
  name: string;
  lines: string[];
}

/**
 * Finds the page's byline element: the name is the text of the innermost
 * byline-marked element of the first one in the page ("<span class="byline"> by <span
 * class="author vcard">Nadia Ferro</span></span>" -> "Nadia Ferro"; "<p class="byline">by
 * <span>Iris Calloway</span>, <span>Tobin Achterberg</span></p>" -> "by Iris Calloway, Tobin Achterberg").
 * Readability looks for the same marks but never sees a byline inside a <header>, which it
 * drops first as an unlikely candidate (WordPress's "entry-header", a broadcaster's header block).
 * The lines of the outer element (the author's role and the date beside the name) are
 * metadata, not text: readHtml takes them out of the text's first lines. Pure: the document
 * is not changed (removing the element can change which block Readability picks as the article).
 * `holdsArticle` elements are never taken.
 */
export function findByline(document: Document, holdsArticle: string): MarkedByline | undefined {
  const marked = (el: Element) =>
    el.getAttribute('rel') === 'author' ||
    (el.getAttribute('itemprop') ?? '').includes('author') ||
    BYLINE.test(
      [
        el.getAttribute('class'),
        el.id,
        el.getAttribute('data-testid'),
        el.getAttribute('data-component'),
      ].join(' '),
    );
  for (const el of document.querySelectorAll('body *')) {
    if (!marked(el) || el.matches(holdsArticle) || el.querySelector(holdsArticle)) continue;
    const text = domText(el);
    if (text === '' || text.length > MAX_BYLINE_CHARS) continue;
    let inner = el;
    for (
      let next = [...inner.querySelectorAll('*')].find(marked);
      next;
      next = [...next.querySelectorAll('*')].find(marked)
    )
      inner = next;
    const name = domText(inner).split('\n')[0].replace(/\s+/g, ' ').trim();
    // an author box ("Della Frane covers county government.") names no one the way a byline does
    if (bylineAuthors(name).length === 0) continue;
    return { name, lines: text.split('\n').filter((line) => line !== '') };
  }
  return undefined;
}
