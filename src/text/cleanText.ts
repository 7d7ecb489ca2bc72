import { datelineDate } from './datelineDate.js';
import { dropChrome, isChromeLine } from './dropChrome.js';
import { looksLikeHeadline } from './looksLikeHeadline.js';
import { normalizeUnicode } from './normalizeUnicode.js';
import { bylineAuthors } from './bylineAuthors.js';
import { parseByline } from './parseByline.js';
import { parseDateLine } from './parseDateLine.js';
import type { PageMeta } from './pageMeta.js';
import { readHtml } from './readHtml.js';
import { splitSentences } from './splitSentences.js';
import { stripMarkdown } from './stripMarkdown.js';
import { truncateTitle } from './truncateTitle.js';
import type { CleanOptions, CleanedText, TextKind } from './types.js';

/** Bylines sit near the top (under the headline) or at the very end. */
const BYLINE_HEAD_LINES = 6;
const BYLINE_TAIL_LINES = 2;
/** A page's date lines sit under its headline, among the first lines with the kicker, byline and standfirst. */
const CHROME_DATE_LINES = 12;

/**
 * Cleans one document's raw text into the text all offsets point into:
 * markup stripped (HTML, Markdown), Unicode normalised, page chrome dropped, the
 * byline moved to metadata, and the headline as the first line (sentence 0).
 * Pure: no I/O, no config.
 */
export function cleanText(raw: string, kind: TextKind, options: CleanOptions = {}): CleanedText {
  let body = raw;
  let headline: string | undefined;
  let byline: string | undefined;
  let meta: PageMeta = {};
  if (kind === 'html') {
    const html = readHtml(raw);
    body = html.text;
    meta = html.meta;
    headline = meta.headline;
    byline = html.byline !== undefined ? (parseByline(html.byline) ?? html.byline) : undefined;
  } else if (kind === 'md') {
    const md = stripMarkdown(raw);
    body = md.text;
    headline = md.title;
  }
  if (options.title !== undefined && options.title.trim() !== '') headline = options.title;
  const normalized = normalizeUnicode(body);
  if (kind === 'html') meta = chromeLineDates(normalized, meta);
  let lines = dropChrome(normalized).split('\n');
  headline = normalizeHeadline(headline);

  const found = takeByline(lines);
  lines = found.lines;
  byline = found.byline ?? (byline !== undefined ? normalizeUnicode(byline) : undefined);
  if (kind === 'html') meta = takeDateLines(lines, meta);

  if (headline !== undefined) placeHeadline(lines, headline);
  let text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // a page that is only its headline has no article ("<title>Daily Meridian</title>" over a menu and a
  // footer; a saved front page, an error page): no text, so readInputs reports it instead of ingesting a title
  if (kind === 'html' && text === headline) text = '';

  const title = headline ?? (text !== '' ? titleFromFirstLine(text.slice(0, text.indexOf('\n') >>> 0)) : '');
  const cleaned: CleanedText = { text, title };
  if (byline !== undefined && byline !== '') cleaned.byline = byline;
  const authors = authorsOf(meta, cleaned.byline);
  if (authors.length > 0) cleaned.authors = authors;
  for (const key of ['published', 'modified', 'publisher', 'canonicalUrl', 'language'] as const) {
    const value = meta[key];
    if (value !== undefined) cleaned[key] = normalizeUnicode(value);
  }
  return cleaned;
}

/**
 * The authors: the page's metadata, unless the byline names them and more ("By Ana Ruiz and
 * Tom Hale" under <meta name="author" content="Ana Ruiz">); the byline alone when there is no
 * metadata or the metadata names only the newsroom. The publication is no author ("Kavya Raman &
 * Arjun Bhave, Deccan Ledger").
 */
function authorsOf(meta: PageMeta, byline: string | undefined): string[] {
  const fromMeta = (meta.authors ?? []).map(normalizeUnicode).filter((a) => a !== '');
  const publisher = meta.publisher !== undefined ? normalizeUnicode(meta.publisher) : undefined;
  const fromByline = (byline !== undefined ? bylineAuthors(byline) : []).filter((a) => a !== publisher);
  if (fromMeta.length === 0 || (meta.authorsAreOrganizations && fromByline.length > 0)) return fromByline;
  const covers = fromMeta.every((a) => fromByline.includes(a));
  return covers && fromByline.length > fromMeta.length ? fromByline : fromMeta;
}

/** A headline as it is compared with the cleaned lines: normalised, on one line; undefined when empty. */
export function normalizeHeadline(headline: string | undefined): string | undefined {
  if (headline === undefined) return undefined;
  const one = normalizeUnicode(headline).replace(/\n+/g, ' ');
  return one === '' ? undefined : one;
}

/** The title of a text with no known headline, from its first line. */
export function titleFromFirstLine(firstLine: string): string {
  return looksLikeHeadline(firstLine)
    ? firstLine
    : truncateTitle(splitSentences(firstLine.slice(0, 1000))[0]?.text ?? firstLine);
}

/**
 * Removes the date lines under an HTML page's headline ("30 June 2025", "Thu 3 Apr 2025 17.20 BST"),
 * in place; their dates fill `published` (or `modified`: "Updated 4 Apr 2025") when the metadata lacks it,
 * else the date of an opening dateline does.
 * HTML only: a plain text's lines stay as written (its streamed reading must match the whole-file one).
 */
function takeDateLines(lines: string[], meta: PageMeta): PageMeta {
  const out = { ...meta };
  for (const n of headBylineCandidates(lines).reverse()) {
    const found = parseDateLine(lines[n]);
    if (found === undefined) continue;
    lines.splice(n, 1);
    const key = found.updated ? 'modified' : 'published';
    if (found.date !== undefined && out[key] === undefined) out[key] = found.date;
  }
  // a press release dated only in its first paragraph: "HALVERSTON, Ohio, March 4, 2025 /Pressfeed/ -- ..."
  for (const n of headBylineCandidates(lines)) out.published ??= datelineDate(lines[n]);
  return out;
}

/**
 * The dates of the date lines near the top that dropChrome removes as chrome ("Published: 14/01/2025
 * 11:02", "Updated: 15 January 2025"), read before they go, for a page whose metadata has none.
 */
function chromeLineDates(text: string, meta: PageMeta): PageMeta {
  const out = { ...meta };
  const lines = text.split('\n').filter((line) => line !== '');
  for (const line of lines.slice(0, CHROME_DATE_LINES)) {
    if (!isChromeLine(line)) continue;
    const found = parseDateLine(line);
    const key = found?.updated ? 'modified' : 'published';
    if (found?.date !== undefined) out[key] ??= found.date;
  }
  return out;
}

/** Removes the first byline line near the top or at the end: "By Jane Doe, Reuters". */
export function takeByline(lines: string[]): { lines: string[]; byline?: string } {
  const head = headBylineCandidates(lines);
  const n = findByline(lines, [...head, ...tailBylineCandidates(lines).filter((k) => !head.includes(k))]);
  return n < 0 ? { lines } : { lines: lines.filter((_, k) => k !== n), byline: parseByline(lines[n]) };
}

/** Indexes of the first non-blank lines, where a byline under the headline sits. */
export function headBylineCandidates(lines: string[]): number[] {
  const candidates: number[] = [];
  for (let n = 0; n < lines.length && candidates.length < BYLINE_HEAD_LINES; n++) {
    if (lines[n] !== '') candidates.push(n);
  }
  return candidates;
}

/** Indexes of the last non-blank lines, last first, where a closing byline sits. */
export function tailBylineCandidates(lines: string[]): number[] {
  const candidates: number[] = [];
  for (let n = lines.length - 1; n >= 0 && candidates.length < BYLINE_TAIL_LINES; n--) {
    if (lines[n] !== '') candidates.push(n);
  }
  return candidates;
}

/** The first of `candidates` (line indexes, in order) that is a byline, or -1. */
export function findByline(lines: string[], candidates: number[]): number {
  return candidates.find((n) => parseByline(lines[n]) !== undefined) ?? -1;
}

/**
 * Makes the headline line 0, in place, dropping its copy in the first lines (an <h1>
 * after a kicker line). Short label lines above the copy ("Business", "Exclusive") are
 * section kickers, not text. Reads and changes only the first BYLINE_HEAD_LINES lines.
 */
export function placeHeadline(lines: string[], headline: string): void {
  const copy = lines.slice(0, BYLINE_HEAD_LINES).indexOf(headline);
  if (copy > 0 && lines.slice(0, copy).every(isKicker)) lines.splice(0, copy + 1);
  else if (copy > 0) lines.splice(copy, 1);
  if (copy !== 0) lines.unshift(headline);
}

/** "Business", "Tech News", "EXCLUSIVE": a short label with no sentence punctuation. */
function isKicker(line: string): boolean {
  return line === '' || (line.split(' ').length <= 4 && !/[.!?,;:"]/.test(line));
}
