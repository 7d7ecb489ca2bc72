import type { Article, ExtractedDoc, Sentence } from '../types.js';

/** What extracting one article gives: its sentences and what was found in them. */
export interface ExtractionResult {
  sentences: Sentence[];
  doc: ExtractedDoc;
}

/** One article's extraction: its result, or why it failed (the other articles are unaffected). */
export type ExtractionOutcome = { ok: true; result: ExtractionResult } | { ok: false; error: string };

/**
 * One article in, its sentences and what was extracted from them out. The in-process extractor
 * answers synchronously; the worker-thread pool answers with a promise.
 */
export interface ArticleExtractor {
  extract(article: Article): ExtractionResult | Promise<ExtractionResult>;
  /**
   * Several articles at once, one outcome per article in the same order; never throws. Cheaper
   * than one by one: compromise parses the candidate sentences of all of them in shared calls.
   */
  extractMany(articles: Article[]): ExtractionOutcome[] | Promise<ExtractionOutcome[]>;
  /** Releases worker threads, if any. */
  close?(): Promise<void>;
}
