import type { Article, ArticleMeta } from '../types.js';

const META_KEYS = [
  'url',
  'published',
  'modified',
  'byline',
  'authors',
  'publisher',
  'canonicalUrl',
  'language',
] as const;

/** The metadata `kg extract` prints for an article: only the fields that are known; undefined when none is. */
export function articleMeta(article: Article): ArticleMeta | undefined {
  const meta: ArticleMeta = {};
  for (const key of META_KEYS) {
    const value = article[key];
    if (value !== undefined) (meta as Record<string, unknown>)[key] = value;
  }
  return Object.keys(meta).length > 0 ? meta : undefined;
}
