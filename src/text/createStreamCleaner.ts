import {
  findByline,
  headBylineCandidates,
  normalizeHeadline,
  placeHeadline,
  tailBylineCandidates,
  takeByline,
  titleFromFirstLine,
} from './cleanText.js';
import { isChromeLine } from './dropChrome.js';
import { normalizeChars, tidyLine } from './normalizeUnicode.js';
import { parseByline } from './parseByline.js';
import { stripMarkdown } from './stripMarkdown.js';

/**
 * cleanText for a text too large to hold, fed block by block (blocks of whole lines, as
 * lineBlocks gives them). The lines it returns, joined with "\n", are exactly
 * cleanText(whole file).text, and title and byline are the same too, because every step of
 * cleanText works on single lines except three, which are kept here as small buffers:
 * - blank lines are collapsed and trimmed at the ends (one pending blank line);
 * - the byline may be one of the first six or the last two non-blank lines, and the
 *   headline is placed among the first lines (the head is held until HEAD_LINES non-blank
 *   lines have been seen; the last two non-blank lines are held until the end);
 * - a Markdown heading is the title only before any text (a flag across blocks).
 * Only `.txt` and `.md`: HTML is read whole (its tags span lines, and readHtml is not
 * line-local), which is why readInputs streams only these two kinds.
 */
export interface StreamCleaner {
  /** Cleans one block of whole lines; returns the cleaned lines that are now final. */
  push(block: string): string[];
  /** Ends the text; returns the last cleaned lines. */
  end(): string[];
  /** The title, known once the first line has been returned. */
  readonly title: string;
  /** The byline: known after the head when it is there, else only after end(). */
  readonly byline: string | undefined;
}

/** The byline is among the first 6 non-blank lines and the last 2: with 10, head and tail are apart. */
const HEAD_LINES = 10;

export function createStreamCleaner(kind: 'txt' | 'md'): StreamCleaner {
  let mdTitle: string | undefined;
  let mdSeenText = false;
  let headline: string | undefined;
  let title = '';
  let byline: string | undefined;

  const first = blankCollapser(); // dropChrome's and normalizeUnicode's collapsing
  let head: string[] | null = [];
  let headNonBlank = 0;
  let checkTail = true;
  const tail: string[] = [];
  let tailNonBlank = 0;
  const last = blankCollapser(); // cleanText's final collapsing and trim
  let out: string[] = [];

  const emit = (line: string) => {
    for (const l of last.push(line)) {
      if (out.length === 0 && title === '' && headline === undefined) title = titleFromFirstLine(l);
      out.push(l);
    }
  };
  // The last two non-blank lines wait: at the end one of them may be the byline.
  const toTail = (line: string) => {
    if (!checkTail) return emit(line);
    tail.push(line);
    if (line !== '') tailNonBlank++;
    while (tailNonBlank > 2) {
      const l = tail.shift() as string;
      if (l !== '') tailNonBlank--;
      emit(l);
    }
  };
  const finishHead = (whole: boolean) => {
    const lines = head as string[];
    head = null;
    if (whole) {
      // The whole text fitted in the head: exactly cleanText's steps.
      const found = takeByline(lines);
      lines.splice(0, lines.length, ...found.lines);
      byline = found.byline;
      checkTail = false;
    } else {
      const n = findByline(lines, headBylineCandidates(lines));
      if (n >= 0) {
        byline = parseByline(lines[n]);
        lines.splice(n, 1);
        checkTail = false;
      }
    }
    if (headline !== undefined) {
      placeHeadline(lines, headline);
      title = headline;
    }
    for (const line of lines) toTail(line);
  };
  const toHead = (line: string) => {
    if (head === null) return toTail(line);
    head.push(line);
    if (line !== '' && ++headNonBlank >= HEAD_LINES) finishHead(false);
  };

  const take = () => {
    const done = out;
    out = [];
    return done;
  };

  return {
    push(block) {
      let body = block;
      if (kind === 'md') {
        const md = stripMarkdown(block);
        // "# Headline" is the title only before any text, in whichever block it comes.
        if (!mdSeenText && mdTitle === undefined) mdTitle = md.title;
        if (md.text.trim() !== '') mdSeenText = true;
        body = md.text;
        headline = normalizeHeadline(mdTitle);
      }
      const lines = normalizeChars(body).split('\n');
      // A block ends with its last line's "\n": the empty string after it is no line.
      if (block.endsWith('\n')) lines.pop();
      for (const raw of lines) {
        const line = tidyLine(raw);
        if (isChromeLine(line)) continue;
        for (const l of first.push(line)) toHead(l);
      }
      return take();
    },
    end() {
      if (head !== null) finishHead(true);
      if (checkTail) {
        const n = findByline(tail, tailBylineCandidates(tail));
        if (n >= 0) {
          byline = parseByline(tail[n]);
          tail.splice(n, 1);
        }
      }
      for (const line of tail) emit(line);
      tail.length = 0;
      return take();
    },
    get title() {
      return title;
    },
    get byline() {
      return byline;
    },
  };
}

/** Blank-line runs become one blank line, none at the start; a trailing one is never returned. */
function blankCollapser(): { push(line: string): string[] } {
  let started = false;
  let blank = false;
  return {
    push(line) {
      if (line === '') {
        blank = started;
        return [];
      }
      const lines = blank ? ['', line] : [line];
      started = true;
      blank = false;
      return lines;
    },
  };
}
