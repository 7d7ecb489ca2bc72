import { decodeHTML } from 'entities';
import { isoDate } from './isoDate.js';
import { parseDateLine } from './parseDateLine.js';
import { isNode, jsonLdArticle, ldText, ldUrl } from './jsonLdArticle.js';

/** What a page says about its article, each field from the first source that has it. */
export interface PageMeta {
  headline?: string;
  /** JSON-LD datePublished, article:published_time, <time datetime>, in ISO 8601 (isoDate: the page's offset kept). */
  published?: string;
  /** dateModified, article:modified_time, <time class="updated">, in ISO 8601. */
  modified?: string;
  /** The people the page names as authors (metadata, else the byline). */
  authors?: string[];
  /** The authors are organisations (JSON-LD `"author": {"@type": "NewsMediaOrganization"}`): a byline's people come first. */
  authorsAreOrganizations?: boolean;
  /** The publication: JSON-LD publisher, og:site_name. */
  publisher?: string;
  /** <link rel="canonical">, og:url, JSON-LD mainEntityOfPage. */
  canonicalUrl?: string;
  /** BCP 47 tag: <html lang>, JSON-LD inLanguage, og:locale ("en_GB" -> "en-GB"). */
  language?: string;
}

/** The class or id of an element that shows the article's date: "date", "lblDate", "timestamp", "published". */
const DATE_MARK = /date|timestamp|published|posted/i;
/** Longer than this, an element holds more than a date. */
const MAX_DATE_LINE = 80;

/**
 * Reads a page's article metadata, most trusted source first: JSON-LD NewsArticle (also in an
 * `@graph`), Open Graph and `article:*` meta, schema.org microdata (`itemprop`), then plain
 * meta (`author`, `date`), `<link rel="canonical">`, `<html lang>` and the first `<time datetime>`.
 * Pure: reads the document, changes nothing.
 */
export function pageMeta(document: Document): PageMeta {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? '',
  );
  const { article: ld, resolve } = jsonLdArticle(scripts);
  const meta = (...keys: string[]) => metaContent(document, keys);
  const item = (prop: string) => itemprop(document, prop);

  const ldAuthorNodes = ld ? [ld.author].flat().map(resolve) : [];
  // "author": {"@type": "NewsMediaOrganization", "name": "Eastgate News"}: the newsroom, not a person
  const isOrganization = (a: unknown) => isNode(a) && /Organization$/.test(String(a['@type']));
  const ldAuthors = ldAuthorNodes.filter((a) => !isOrganization(a)).map(ldText);
  const ldOrganizations = ldAuthorNodes.filter(isOrganization).map(ldText);
  const metaAuthors = [meta('author', 'article:author', 'dc.creator', 'byl')].filter(
    (a) => a !== undefined && !/^https?:/i.test(a),
  );
  const itemAuthors = [...document.querySelectorAll('[itemprop~="author"]')].map((el) =>
    clean(
      el.querySelector('[itemprop~="name"]')?.getAttribute('content') ??
        el.querySelector('[itemprop~="name"]')?.textContent ??
        el.textContent,
    ),
  );
  const authors = firstList(
    ldAuthors,
    itemAuthors,
    metaAuthors.map((a) => a?.replace(/^by\s+/i, '')),
  );

  const result: PageMeta = {
    headline: first(
      ld && ldText(ld.headline),
      meta('og:title', 'twitter:title'),
      item('headline'),
      clean(document.querySelector('h1')?.textContent),
    ),
    published: firstDate(
      ld && ldText(ld.datePublished),
      meta('article:published_time', 'datepublished', 'pubdate', 'publish-date', 'dc.date', 'date'),
      item('datePublished'),
      timeAttr(document, 'time.published[datetime], time.entry-date[datetime]'),
      timeAttr(document, 'time[datetime]:not(.updated)'),
      markedDate(document, false),
    ),
    modified: firstDate(
      ld && ldText(ld.dateModified),
      meta('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified'),
      item('dateModified'),
      // WordPress (hAtom): <time class="updated" datetime="...">
      timeAttr(document, 'time.updated[datetime]'),
      markedDate(document, true),
    ),
    publisher: first(
      ld && ldText(resolve(ld.publisher)),
      meta('og:site_name', 'application-name'),
      itemName(document, 'publisher'),
    ),
    canonicalUrl: first(
      clean(document.querySelector('link[rel~="canonical"]')?.getAttribute('href')),
      meta('og:url'),
      ld && ldUrl(resolve(ld.mainEntityOfPage)),
      item('mainEntityOfPage'),
    ),
    language: first(
      clean(document.documentElement?.getAttribute('lang')),
      ld && ldText(ld.inLanguage),
      item('inLanguage'),
      meta('og:locale', 'content-language', 'language')?.replace('_', '-'),
    ),
  };
  if (authors.length > 0) result.authors = authors;
  else if (ldOrganizations.some((a) => a !== undefined)) {
    result.authors = firstList(ldOrganizations);
    result.authorsAreOrganizations = true;
  }
  for (const key of Object.keys(result) as (keyof PageMeta)[])
    if (result[key] === undefined) delete result[key];
  return result;
}

/** content of the first <meta name|property|http-equiv="key"> (keys in order), entities decoded. */
function metaContent(document: Document, keys: string[]): string | undefined {
  const tags = [...document.querySelectorAll('meta[content]')];
  for (const key of keys) {
    const tag = tags.find((t) =>
      ['name', 'property', 'http-equiv'].some((a) => t.getAttribute(a)?.toLowerCase() === key),
    );
    const value = clean(tag?.getAttribute('content'));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A microdata property: `content`, `datetime`, `href` or the element's text. */
function itemprop(document: Document, prop: string): string | undefined {
  const el = document.querySelector(`[itemprop~="${prop}"]`);
  if (!el) return undefined;
  return clean(
    el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('href') ?? el.textContent,
  );
}

/** The name of a microdata item property: <span itemprop="publisher" itemscope><meta itemprop="name" content="..."> */
function itemName(document: Document, prop: string): string | undefined {
  const el = document.querySelector(`[itemprop~="${prop}"]`);
  const name = el?.querySelector('[itemprop~="name"]');
  return clean(name?.getAttribute('content') ?? name?.textContent);
}

function clean(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = decodeHTML(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** The `datetime` of the first element matching `selector`. */
function timeAttr(document: Document, selector: string): string | undefined {
  return clean(document.querySelector(selector)?.getAttribute('datetime'));
}

/**
 * The date of the first element marked as one whose whole text is a date line (parseDateLine):
 * `<span id="lblDate" class="date">Published: 14/01/2025 11:02</span>` (an ASP.NET page with no
 * metadata), `<p class="timestamp">Updated 4 Apr 2025</p>` when `updated`.
 */
function markedDate(document: Document, updated: boolean): string | undefined {
  for (const el of document.querySelectorAll('body [class], body [id]')) {
    if (!DATE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > MAX_DATE_LINE) continue;
    const found = parseDateLine(text);
    if (found?.date !== undefined && (found.updated ?? false) === updated) return found.date;
  }
  return undefined;
}

/** The first value that reads as a date, in ISO 8601 (isoDate): "Tuesday" in a `date` meta is passed over. */
function firstDate(...values: (string | undefined)[]): string | undefined {
  return values.map(isoDate).find((v) => v !== undefined);
}

function first(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v !== '');
}

/** The first non-empty list of names, without duplicates. */
function firstList(...lists: (string | undefined)[][]): string[] {
  for (const list of lists) {
    const names = [...new Set(list.filter((v): v is string => v !== undefined && v !== ''))];
    if (names.length > 0) return names;
  }
  return [];
}
