import { dropChrome } from './dropChrome.js';
import { looksLikeHeadline } from './looksLikeHeadline.js';
import { normalizeUnicode } from './normalizeUnicode.js';
import { parseByline } from './parseByline.js';
import { splitSentences } from './splitSentences.js';
import { stripHtml } from './stripHtml.js';
import { stripMarkdown } from './stripMarkdown.js';
import { truncateTitle } from './truncateTitle.js';
import type { CleanOptions, CleanedText, TextKind } from './types.js';

/** Bylines sit near the top (under the headline) or at the very end. */
const BYLINE_HEAD_LINES = 6;
const BYLINE_TAIL_LINES = 2;

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
  let published: string | undefined;
  if (kind === 'html') {
    const html = stripHtml(raw);
    body = html.text;
    // <h1> is the headline; <title> often carries " | Site name".
    headline = html.h1 ?? (html.title !== undefined ? html.title.split(' | ')[0] : undefined);
    byline = html.author;
    published = html.published;
  } else if (kind === 'md') {
    const md = stripMarkdown(raw);
    body = md.text;
    headline = md.title;
  }
  if (options.title !== undefined && options.title.trim() !== '') headline = options.title;
  let lines = dropChrome(normalizeUnicode(body)).split('\n');
  if (headline !== undefined) {
    headline = normalizeUnicode(headline).replace(/\n+/g, ' ');
    if (headline === '') headline = undefined;
  }

  const found = takeByline(lines);
  lines = found.lines;
  byline = found.byline ?? (byline !== undefined ? normalizeUnicode(byline) : undefined);

  if (headline !== undefined) {
    // The headline is line 0; drop its copy further down (an <h1> after a kicker line).
    // Short label lines above it ("Business", "Exclusive") are section kickers, not text.
    const copy = lines.slice(0, BYLINE_HEAD_LINES).indexOf(headline);
    if (copy > 0 && lines.slice(0, copy).every(isKicker)) lines.splice(0, copy + 1);
    else if (copy > 0) lines.splice(copy, 1);
    if (copy !== 0) lines.unshift(headline);
  }
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  let title = headline ?? '';
  if (headline === undefined && text !== '') {
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    title = looksLikeHeadline(firstLine)
      ? firstLine
      : truncateTitle(splitSentences(firstLine.slice(0, 1000))[0]?.text ?? firstLine);
  }
  const cleaned: CleanedText = { text, title };
  if (byline !== undefined && byline !== '') cleaned.byline = byline;
  if (published !== undefined) cleaned.published = published;
  return cleaned;
}

/** Removes the first byline line near the top or at the end: "By Jane Doe, Reuters". */
function takeByline(lines: string[]): { lines: string[]; byline?: string } {
  const candidates: number[] = [];
  let seen = 0;
  for (let n = 0; n < lines.length && seen < BYLINE_HEAD_LINES; n++) {
    if (lines[n] === '') continue;
    candidates.push(n);
    seen++;
  }
  let tail = 0;
  for (let n = lines.length - 1; n >= 0 && tail < BYLINE_TAIL_LINES; n--) {
    if (lines[n] === '') continue;
    if (!candidates.includes(n)) candidates.push(n);
    tail++;
  }
  for (const n of candidates) {
    const byline = parseByline(lines[n]);
    if (byline !== undefined) return { lines: lines.filter((_, k) => k !== n), byline };
  }
  return { lines };
}

/** "Business", "Tech News", "EXCLUSIVE": a short label with no sentence punctuation. */
function isKicker(line: string): boolean {
  return line === '' || (line.split(' ').length <= 4 && !/[.!?,;:"]/.test(line));
}
