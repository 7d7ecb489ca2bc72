import { Readability } from '@mozilla/readability';
import { domText } from './domText.js';
import { dropLinkLines } from './dropLinkLines.js';
import { findByline } from './findByline.js';
import { removeSignupBoxes } from './removeSignupBoxes.js';
import { loadWordList } from '../lexicon/loadWordList.js';
import { pageMeta, type PageMeta } from './pageMeta.js';
import { parsePage } from './parsePage.js';

export interface HtmlArticle {
  /** The article's text, one line per block, not yet normalised. */
  text: string;
  /** The page's metadata; `headline` falls back to Readability's title (the <title> without the site name). */
  meta: PageMeta;
  /** The byline the page marks ("By Oskar Lindqvist": findByline); else Readability's, when no person is named in the metadata. */
  byline?: string;
}

/** Parts of a page that are never article text (data/html-boilerplate.txt). */
const BOILERPLATE = loadWordList('html-boilerplate.txt').join(', ');
/** Never removed: they hold the article. */
const HOLDS_ARTICLE = 'article, main, [itemprop~="articleBody"]';
/** Read whole, a page still leaves out its navigation, side boxes and footer (but not a <form>: ASP.NET pages live in one). */
const NOT_TEXT_WHEN_WHOLE = 'nav, aside, footer, dialog, [role="navigation"], [role="dialog"]';
/** The byline's lines are looked for among the text's first lines (under a kicker, headline and standfirst). */
const HEAD_LINES = 8;
/** Less main text than this from Readability: the page is read whole instead (a short notice, a list page). */
const MIN_MAIN_CHARS = 200;

/**
 * One HTML page in, its article text and metadata out. The page is parsed by linkedom; the
 * metadata is read first (pageMeta), then the parts listed in data/html-boilerplate.txt and
 * e-mail sign-up boxes are removed, the byline element is found (findByline) and Mozilla
 * Readability picks the main content. A page where Readability finds too little is read whole,
 * without its scripts. Lines that are only links and the byline element's lines leave the text.
 * Pure: no I/O.
 */
export function readHtml(html: string): HtmlArticle {
  const document = parsePage(html);
  const meta = pageMeta(document);
  const pageTitle = document.querySelector('title')?.textContent ?? ''; // also a <title> outside <head>
  removeBoilerplate(document);
  const marked = findByline(document, HOLDS_ARTICLE);
  let main: ReturnType<Readability['parse']> = null;
  try {
    main = new Readability(document, { charThreshold: MIN_MAIN_CHARS }).parse();
  } catch {
    // a page Readability cannot walk is read whole below
  }
  // lines that are only links go here, where the links are known (dropLinkLines)
  const read = (root: Node) => dropLinkLines(domText(root, { markLinks: true }));
  let text = main?.content ? read(parsePage(`<html><body>${main.content}</body></html>`).body) : '';
  if (text.length < MIN_MAIN_CHARS) {
    const whole = parsePage(html);
    removeBoilerplate(whole);
    for (const el of [...whole.querySelectorAll(NOT_TEXT_WHEN_WHOLE)]) el.remove();
    // nothing left without the menus and footer: what Readability found was a menu, not an article
    text = read(whole.body ?? whole);
  }
  // Readability's title is the <title> without " - Site" when that leaves enough words; " | Site" always goes
  const title = (main?.title || pageTitle || '').split(' | ')[0].replace(/\s+/g, ' ').trim();
  if (meta.headline === undefined && title !== '') meta.headline = title;
  if (meta.language === undefined && main?.lang) meta.language = main.lang;
  const out: HtmlArticle = { text, meta };
  if (marked) out.text = dropHeadLines(text, marked.lines);
  const byline =
    marked?.name ??
    (meta.authors === undefined || meta.authorsAreOrganizations ? main?.byline?.trim() : undefined);
  if (byline) out.byline = byline;
  return out;
}

/** The text without the byline element's lines among its first lines ("Corin Maddox", "Environment correspondent"). */
function dropHeadLines(text: string, lines: string[]): string {
  const all = text.split('\n');
  const head = new Set(lines.map((line) => line.replace(/\s+/g, ' ').trim()));
  let seen = 0;
  return all
    .filter((line) => {
      if (line === '' || seen++ >= HEAD_LINES) return true;
      return !head.has(line.replace(/\s+/g, ' ').trim());
    })
    .join('\n');
}

function removeBoilerplate(document: Document): void {
  removeSignupBoxes(document, HOLDS_ARTICLE);
  for (const el of [...document.querySelectorAll(BOILERPLATE)]) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY' || el.matches(HOLDS_ARTICLE) || el.querySelector(HOLDS_ARTICLE))
      continue;
    el.remove();
  }
}
