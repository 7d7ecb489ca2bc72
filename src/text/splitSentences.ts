import { SETTINGS } from '../config/schema.js';
import type { Sentence } from '../types.js';
import { loadWordList } from '../lexicon/loadWordList.js';
import type { SplitOptions } from './types.js';

/** "Mr. Smith", "Jan. 5", "No. 2": a dot after these never ends a sentence. */
const NEVER_FINAL = new Set(loadWordList('abbreviations.txt'));
/** "Acme Inc. rose" vs "...in the U.S. The firm said": ends a sentence only before an opener. */
const MAY_END = new Set(loadWordList('abbreviations-may-end.txt'));
const STARTERS = new Set(loadWordList('sentence-starters.txt'));

/** A quoted span longer than this may be split inside; shorter ones stay whole. */
const MAX_PROTECTED_QUOTE = 600;
/** Abbreviation tokens are short: look back at most this far from a dot. */
const MAX_TOKEN = 24;

const UPPER = /[\p{Lu}\p{Lt}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Splits cleaned article text into sentences with exact offsets:
 * `text.slice(s.start, s.end) === s.text` for every sentence.
 * Every line is a boundary (headlines and bullets are sentences; bullet markers
 * are left out of the span). Within a line, a run of . ! ? followed by space and
 * a capital, digit or quote ends a sentence, except after abbreviations, initials
 * and inside a short quoted passage. Runs in linear time; never throws.
 */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const max = Math.max(1, Math.floor(options.maxSentenceChars ?? SETTINGS.maxSentenceChars.default));
  const out: Sentence[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isLineBreak(text.charCodeAt(i))) {
      splitLine(text, lineStart, i, max, out);
      lineStart = i + 1;
    }
  }
  return out;
}

function splitLine(text: string, lineStart: number, lineEnd: number, max: number, out: Sentence[]): void {
  let s = lineStart;
  let e = lineEnd;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  s = skipBulletMarkers(text, s, e);
  if (s >= e) return;

  const quotes = protectedQuotes(text, s, e);
  let q = 0;
  let sentenceStart = s;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) {
      i++;
      continue;
    }
    // A run of terminators: "?!", "...".
    let j = i + 1;
    while (j < e && isTerminator(text.charCodeAt(j))) j++;
    // Closing quotes and brackets belong to the sentence: `deal."`, `(in 2019.)`.
    let k = j;
    while (k < e && isCloser(text.charCodeAt(k))) k++;
    if (k >= e || !isSpace(text.charCodeAt(k))) {
      i = j;
      continue;
    }
    let m = k;
    while (m < e && isSpace(text.charCodeAt(m))) m++;
    if (m >= e || !opensSentence(text, m)) {
      i = j;
      continue;
    }
    while (q < quotes.length && quotes[q + 1] < i) q += 2;
    // "We will close the deal. It is good," she said. (inside a quotation)
    const insideQuote = q < quotes.length && quotes[q] < i && quotes[q + 1] >= k;
    if (insideQuote || (c === 0x2e && j === i + 1 && !dotEndsSentence(text, s, i, m))) {
      i = j;
      continue;
    }
    pushSentence(text, sentenceStart, k, max, out);
    sentenceStart = m;
    i = m;
  }
  pushSentence(text, sentenceStart, e, max, out);
}

/** Decides for a single "." at `dot`, followed by a sentence-like start at `next`. */
function dotEndsSentence(text: string, lineStart: number, dot: number, next: number): boolean {
  let t = dot;
  while (
    t > lineStart &&
    dot - t < MAX_TOKEN &&
    !isSpace(text.charCodeAt(t - 1)) &&
    !isOpener(text.charCodeAt(t - 1))
  ) {
    t--;
  }
  if (t > lineStart && !isSpace(text.charCodeAt(t - 1)) && !isOpener(text.charCodeAt(t - 1))) return true; // long token
  const token = text.slice(t, dot);
  if (token === '') return true;
  const lower = token.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false; // "Mr. Smith", "Jan. 15"
  // "J. P. Morgan" (initial), "Acme Inc. rose", "U.S. officials", "a.m. Tuesday"
  const initial = token.length === 1 && UPPER.test(token);
  const dotted = /^(?:[a-z]\.)+[a-z]$/i.test(token);
  if (initial || dotted || MAY_END.has(lower)) return STARTERS.has(wordAt(text, next));
  return true;
}

function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 20 && /[A-Za-z]/.test(text[end])) end++;
  return text.slice(at, end);
}

/** Capital letter, digit, opening quote or bracket. */
function opensSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x30 && c <= 0x39) return true;
  if (c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0xab)
    return true;
  if (c < 0x80) return false;
  const cp = text.codePointAt(at) ?? c;
  return UPPER.test(String.fromCodePoint(cp));
}

/**
 * Pairs double quotes in a line (an unpaired last quote is ignored, as when a quote
 * runs on into the next paragraph) and returns [open, close, open, close, ...] for
 * the pairs short enough to keep whole.
 */
function protectedQuotes(text: string, s: number, e: number): number[] {
  const positions: number[] = [];
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb)
      positions.push(i);
  }
  const pairs: number[] = [];
  for (let p = 0; p + 1 < positions.length; p += 2) {
    if (positions[p + 1] - positions[p] <= MAX_PROTECTED_QUOTE) pairs.push(positions[p], positions[p + 1]);
  }
  return pairs;
}

/** "• item", "- item", "* item", "1. item", "2) item", "> quoted": markers are not part of the sentence. */
function skipBulletMarkers(text: string, s: number, e: number): number {
  for (let round = 0; round < 3 && s < e; round++) {
    const c = text.charCodeAt(s);
    let after: number;
    if (isBulletSymbol(c)) {
      after = s + 1;
      if (c === 0x2d || c === 0x2a || c === 0x2b || c === 0x3e) {
        // ASCII markers need a following space: "-5%" and "*NEW*" are text.
        if (after >= e || !isSpace(text.charCodeAt(after))) return s;
      }
    } else if (c >= 0x30 && c <= 0x39) {
      let d = s;
      while (d < e && d - s < 3 && isDigit(text.charCodeAt(d))) d++;
      const p = text.charCodeAt(d);
      if (d >= e || (p !== 0x2e && p !== 0x29) || d + 1 >= e || !isSpace(text.charCodeAt(d + 1))) return s;
      after = d + 1;
    } else {
      return s;
    }
    while (after < e && isSpace(text.charCodeAt(after))) after++;
    s = after;
  }
  return s;
}

function pushSentence(text: string, start: number, end: number, max: number, out: Sentence[]): void {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > max) {
    // Cut at the last space before the limit; a single huge token is cut hard.
    let cut = start + max;
    while (cut > start && !isSpace(text.charCodeAt(cut))) cut--;
    if (cut <= start) {
      cut = start + max;
      if (isLowSurrogate(text.charCodeAt(cut)) && cut - 1 > start) cut--;
    }
    let pieceEnd = cut;
    while (pieceEnd > start && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    emit(text, start, pieceEnd, out);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  emit(text, start, end, out);
}

function emit(text: string, start: number, end: number, out: Sentence[]): void {
  if (end <= start) return;
  const sentence = text.slice(start, end);
  // Lines of pure punctuation or symbols ("***", "---") are not sentences.
  if (!WORD_CHAR.test(sentence)) return;
  out.push({ index: out.length, text: sentence, start, end });
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029;
}

/** Whitespace as JavaScript's \s sees it, plus the other C0 controls (NUL included). */
function isSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x7f ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/** Closing quotes and brackets after a terminator: . " ' ) ] ” ’ » */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0xab;
}

/** • · ‣ ▪ ◦ ● ○ ■ □ ► ▶ ➢ ✓ ✔ – — and ASCII - * + > */
function isBulletSymbol(c: number): boolean {
  return (
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x2023 ||
    c === 0x25aa ||
    c === 0x25e6 ||
    c === 0x25cf ||
    c === 0x25cb ||
    c === 0x25a0 ||
    c === 0x25a1 ||
    c === 0x25ba ||
    c === 0x25b6 ||
    c === 0x27a2 ||
    c === 0x2713 ||
    c === 0x2714 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2d ||
    c === 0x2a ||
    c === 0x2b ||
    c === 0x3e
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
