import type { Article } from '../types.js';
import type { PageMeta } from './pageMeta.js';
import type { WebInputOptions } from './web/types.js';

/** How a document's raw text is written, which decides how it is cleaned. */
export type TextKind = 'txt' | 'md' | 'html';

/** What cleanText returns: the text every offset points into, and the page's metadata (see PageMeta). */
export interface CleanedText extends Omit<PageMeta, 'headline'> {
  /** Cleaned text; its first line is the headline (sentence 0) when there is one. */
  text: string;
  title: string;
  /** "By Jane Doe, Reuters" -> "Jane Doe, Reuters". */
  byline?: string;
}

export interface CleanOptions {
  /** A headline known from elsewhere (JSON Lines `title`): it becomes line 0 and the title. */
  title?: string;
}

export interface SplitOptions {
  /** Longer sentences are cut at the last space before this many characters. Default: SETTINGS.maxSentenceChars. */
  maxSentenceChars?: number;
}

export interface ReadInputsOptions {
  /** Ids are paths relative to this directory for files inside it. Default: process.cwd(). */
  root?: string;
  /** Files (and JSON Lines records, and stdin) larger than this are refused. Default: SETTINGS.maxFileBytes. */
  maxFileBytes?: number;
  /**
   * `.txt` and `.md` files larger than this (and within maxFileBytes) are read as a stream
   * of part articles with flat memory (readLargeText). Default: SETTINGS.streamAboveBytes.
   */
  streamAboveBytes?: number;
  /** A streamed part closes at the first line end after this many sentences. Default: SETTINGS.partSentences. */
  partSentences?: number;
  /** Read for the input `-`. Default: process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** URLs and feeds: --follow-links, --concurrency, timeouts, conditional requests. */
  web?: WebInputOptions;
}

/** A document that was read and cleaned. */
export interface InputArticle {
  ok: true;
  article: Article;
}

/** A document that could not be read: `source` names the file (or file:line), `reason` says why. */
export interface InputFailure {
  ok: false;
  source: string;
  reason: string;
}

export type InputItem = InputArticle | InputFailure;
