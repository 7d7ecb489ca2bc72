import type { Article } from '../types.js';
import type { CleanedText } from './types.js';

/** The page's metadata onto its article: published, modified, authors, publisher, canonical URL, language. */
export function copyMeta(cleaned: CleanedText, article: Article): void {
  for (const key of ['published', 'modified', 'publisher', 'canonicalUrl', 'language'] as const) {
    const value = cleaned[key];
    if (value !== undefined) article[key] = value;
  }
  if (cleaned.authors !== undefined) article.authors = cleaned.authors;
}
