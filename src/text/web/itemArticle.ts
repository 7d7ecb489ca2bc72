import { createHash } from 'node:crypto';
import type { Article } from '../../types.js';
import { cleanText } from '../cleanText.js';
import type { Feed, FeedItem } from './types.js';

export type ItemArticle = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * One feed item as an article: its full text (content:encoded, Atom content), else its summary,
 * read as HTML by the page pipeline (cleanText: Readability on linkedom, the same cleaning), with
 * the item's title as headline. Id and url are the item's link (else its guid, else
 * `<feed id>#<n>`); `path` is where the feed was read from. The feed's title is the publisher.
 * sha256 covers what the article is made of, so an item polled again unchanged is skipped. Pure.
 */
export function itemArticle(
  item: FeedItem,
  feed: Feed,
  where: { source: string; fallbackId: string },
): ItemArticle {
  const body = item.content ?? item.summary;
  if (body === undefined) return { ok: false, reason: 'item has no content, description or summary' };
  const isText = item.content !== undefined ? item.contentIsText === true : item.summaryIsText === true;
  const cleaned = cleanText(body, isText ? 'txt' : 'html', { title: item.title });
  if (cleaned.text === '') return { ok: false, reason: 'no article text left after removing markup' };
  const id = item.link ?? item.guid ?? where.fallbackId;
  const article: Article = {
    id,
    title: cleaned.title,
    text: cleaned.text,
    path: where.source,
    sha256: itemSha256(item),
  };
  if (item.link !== undefined) article.url = item.link;
  const published = item.published ?? cleaned.published;
  if (published !== undefined) article.published = published;
  if (item.modified !== undefined) article.modified = item.modified;
  const authors = item.authors.length > 0 ? item.authors : cleaned.authors;
  if (authors !== undefined && authors.length > 0) article.authors = authors;
  if (cleaned.byline !== undefined) article.byline = cleaned.byline;
  if (feed.title !== undefined) article.publisher = feed.title;
  const language = feed.language ?? cleaned.language;
  if (language !== undefined) article.language = language;
  return { ok: true, article };
}

/** sha256 of an item's own fields, in a fixed order: the same item in a re-fetched feed hashes the same. */
export function itemSha256(item: FeedItem, extra = ''): string {
  const fields = [
    item.link,
    item.guid,
    item.title,
    item.published,
    item.modified,
    item.authors,
    item.content,
    item.summary,
    extra,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
