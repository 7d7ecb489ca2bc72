import type { Article, ExtractedDoc, Sentence } from '../types.js';

/** What extracting one article gives: its sentences and what was found in them. */
export interface ExtractionResult {
  sentences: Sentence[];
  doc: ExtractedDoc;
}

/**
 * One article in, its sentences and what was extracted from them out. The in-process extractor
 * answers synchronously; the worker-thread pool answers with a promise.
 */
export interface ArticleExtractor {
  extract(article: Article): ExtractionResult | Promise<ExtractionResult>;
  /** Releases worker threads, if any. */
  close?(): Promise<void>;
}
