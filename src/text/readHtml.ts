import { Readability } from '@mozilla/readability';
import { domText } from './domText.js';
import { loadWordList } from '../lexicon/loadWordList.js';
import { pageMeta, type PageMeta } from './pageMeta.js';
import { parsePage } from './parsePage.js';

export interface HtmlArticle {
  /** The article's text, one line per block, not yet normalised. */
  text: string;
  /** The page's metadata; `headline` falls back to Readability's title (the <title> without the site name). */
  meta: PageMeta;
  /** Readability's byline ("By Oskar Lindqvist") when the page marks one and gives no author metadata. */
  byline?: string;
}

/** Parts of a page that are never article text (data/html-boilerplate.txt). */
const BOILERPLATE = loadWordList('html-boilerplate.txt').join(', ');
/** Never removed: they hold the article. */
const HOLDS_ARTICLE = 'article, main, [itemprop~="articleBody"]';
/** Read whole, a page still leaves out its navigation, side boxes and footer (but not a <form>: ASP.NET pages live in one). */
const NOT_TEXT_WHEN_WHOLE = 'nav, aside, footer, dialog, [role="navigation"], [role="dialog"]';
/** Less main text than this from Readability: the page is read whole instead (a short notice, a list page). */
const MIN_MAIN_CHARS = 200;

/**
 * One HTML page in, its article text and metadata out. The page is parsed by linkedom; the
 * metadata is read first (pageMeta), then the parts listed in data/html-boilerplate.txt are
 * removed and Mozilla Readability picks the main content. A page where Readability finds too
 * little is read whole, without its scripts. Pure: no I/O.
 */
export function readHtml(html: string): HtmlArticle {
  const document = parsePage(html);
  const meta = pageMeta(document);
  const pageTitle = document.querySelector('title')?.textContent ?? ''; // also a <title> outside <head>
  removeBoilerplate(document);
  let main: ReturnType<Readability['parse']> = null;
  try {
    main = new Readability(document, { charThreshold: MIN_MAIN_CHARS }).parse();
  } catch {
    // a page Readability cannot walk is read whole below
  }
  let text = main?.content ? domText(parsePage(`<html><body>${main.content}</body></html>`).body) : '';
  if (text.length < MIN_MAIN_CHARS) {
    const whole = parsePage(html);
    removeBoilerplate(whole);
    for (const el of [...whole.querySelectorAll(NOT_TEXT_WHEN_WHOLE)]) el.remove();
    // nothing left without the menus and footer: what Readability found was a menu, not an article
    text = domText(whole.body ?? whole);
  }
  // Readability's title is the <title> without " - Site" when that leaves enough words; " | Site" always goes
  const title = (main?.title || pageTitle || '').split(' | ')[0].replace(/\s+/g, ' ').trim();
  if (meta.headline === undefined && title !== '') meta.headline = title;
  if (meta.language === undefined && main?.lang) meta.language = main.lang;
  const out: HtmlArticle = { text, meta };
  if (meta.authors === undefined && main?.byline) out.byline = main.byline.trim();
  return out;
}

function removeBoilerplate(document: Document): void {
  for (const el of [...document.querySelectorAll(BOILERPLATE)]) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY' || el.matches(HOLDS_ARTICLE) || el.querySelector(HOLDS_ARTICLE))
      continue;
    el.remove();
  }
}
