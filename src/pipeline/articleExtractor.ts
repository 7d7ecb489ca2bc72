import type { Article, ExtractedDoc, Sentence } from '../types.js';

/** One article in, its sentences and what was extracted from them out. Pure. */
export interface ArticleExtractor {
  extract(article: Article): { sentences: Sentence[]; doc: ExtractedDoc };
}
