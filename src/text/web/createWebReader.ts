import { createHash } from 'node:crypto';
import { SETTINGS } from '../../config/schema.js';
import { createHostLimiter } from '../../fetch/createHostLimiter.js';
import { fetchUrl } from '../../fetch/fetchUrl.js';
import type { FetchOptions, FetchResult } from '../../fetch/types.js';
import { userAgent } from '../../fetch/userAgent.js';
import { decodeDocument } from '../decodeDocument.js';
import { documentArticle } from '../documentArticle.js';
import { contentTypeCharset } from '../htmlCharset.js';
import type { InputItem } from '../types.js';
import { inOrder } from './inOrder.js';
import { itemArticle, itemSha256 } from './itemArticle.js';
import { kindOfResponse } from './kindOfResponse.js';
import { parseFeed } from './parseFeed.js';
import type { Feed, FeedItem, WebInputOptions } from './types.js';
import { xmlEncoding } from './xmlEncoding.js';

export interface WebReader {
  /** Fetches URLs (pages or feeds), several at once within the per-host limit; yields in their order. */
  readUrls(urls: string[]): AsyncGenerator<InputItem>;
  /**
   * The items of a feed file (or a fetched feed) as articles; `source` names it in failures. A fetched
   * feed's `base` (its address after redirects) resolves relative item links ("/business/story-1").
   */
  readFeed(
    bytes: Uint8Array,
    source: string,
    feedId: string,
    web?: { charset?: string; base?: string },
  ): AsyncGenerator<InputItem>;
}

/** A fetched page or feed, or why not, for the URL asked for. */
type Answer = { url: string; result: FetchResult };

/**
 * Reads news from the web: pages and feeds by URL, and the items of feeds (with `followLinks`, an
 * item with only a summary and a link is read from its page). Every request goes through one
 * per-host limiter; a URL with validators from an earlier run is asked for conditionally and a 304
 * yields nothing (the graph already holds what it said).
 */
export function createWebReader(options: WebInputOptions & { maxBytes: number }): WebReader {
  const limiter = createHostLimiter(options.concurrency ?? SETTINGS.concurrency.default);
  const ahead = Math.max(4, 4 * (options.concurrency ?? SETTINGS.concurrency.default));
  const fetchOptions: FetchOptions = {
    timeoutMs: 1000 * (options.timeout ?? SETTINGS.fetchTimeout.default),
    connectTimeoutMs: 1000 * (options.connectTimeout ?? SETTINGS.connectTimeout.default),
    maxBytes: options.maxBytes,
    maxRedirects: options.maxRedirects ?? SETTINGS.maxRedirects.default,
    userAgent: userAgent(),
  };
  const followLinks = options.followLinks ?? SETTINGS.followLinks.default;

  const get = async (url: string): Promise<Answer> => {
    const validators = await options.validatorsFor?.(url);
    const result = await limiter.run(url, () =>
      fetchUrl(url, validators !== undefined ? { ...fetchOptions, validators } : fetchOptions),
    );
    return { url, result };
  };

  async function* readUrls(urls: string[]): AsyncGenerator<InputItem> {
    for await (const { url, result } of inOrder(urls, get, ahead)) {
      if (!result.ok) {
        yield { ok: false, source: url, reason: result.reason };
        continue;
      }
      if (result.status === 304) {
        options.onFetched?.({ url, status: 304, validators: result.validators, failed: 0 });
        continue;
      }
      const charset = contentTypeCharset(result.contentType);
      const kind = kindOfResponse(result.contentType, result.bytes);
      let failed = 0;
      if (kind === 'feed') {
        for await (const item of readFeed(result.bytes, url, url, { charset, base: result.url })) {
          if (!item.ok) failed++;
          yield item;
        }
      } else {
        const made = documentArticle(result.bytes, kind, url, url, charset !== undefined ? { charset } : {});
        if (made.ok) made.article.url = result.url;
        else failed++;
        yield made.ok ? made : { ok: false, source: url, reason: made.reason };
      }
      options.onFetched?.({ url, status: 200, validators: result.validators, failed });
    }
  }

  async function* readFeed(
    bytes: Uint8Array,
    source: string,
    feedId: string,
    web: { charset?: string; base?: string } = {},
  ): AsyncGenerator<InputItem> {
    const declared = web.charset ?? xmlEncoding(bytes);
    const decoded = decodeDocument(bytes, 'txt', declared !== undefined ? { charset: declared } : {});
    if (!decoded.ok) {
      yield { ok: false, source, reason: decoded.reason };
      return;
    }
    const parsed = parseFeed(decoded.text);
    if (!parsed.ok) {
      yield { ok: false, source, reason: `malformed feed: ${parsed.reason}` };
      return;
    }
    const { feed } = parsed;
    if (web.base !== undefined) for (const item of feed.items) resolveLink(item, web.base);
    const read = async (n: number) => readItem(feed, feed.items[n], n, source, feedId);
    const numbers = feed.items.map((_, n) => n);
    for await (const items of inOrder(numbers, read, ahead)) yield* items;
  }

  /** One item: from the feed, or with followLinks from its page (fetched conditionally). */
  async function readItem(
    feed: Feed,
    item: FeedItem,
    n: number,
    source: string,
    feedId: string,
  ): Promise<InputItem[]> {
    const where = { source, fallbackId: `${feedId}#${n + 1}` };
    const itemSource = `${source} item ${n + 1}`;
    if (!followLinks || item.content !== undefined || item.link === undefined) {
      const made = itemArticle(item, feed, where);
      return [made.ok ? made : { ok: false, source: itemSource, reason: made.reason }];
    }
    const { result } = await get(item.link);
    if (!result.ok)
      return [{ ok: false, source: item.link, reason: `${result.reason} (link of ${itemSource})` }];
    if (result.status === 304) {
      options.onFetched?.({ url: item.link, status: 304, validators: result.validators, failed: 0 });
      return [];
    }
    const charset = contentTypeCharset(result.contentType);
    const made = documentArticle(
      result.bytes,
      'html',
      item.link,
      source,
      charset !== undefined ? { charset } : {},
    );
    if (!made.ok) return [{ ok: false, source: item.link, reason: `${made.reason} (link of ${itemSource})` }];
    const article = made.article;
    article.url = item.link;
    article.sha256 = itemSha256(item, createHash('sha256').update(result.bytes).digest('hex'));
    article.published ??= item.published;
    if (article.authors === undefined && item.authors.length > 0) article.authors = item.authors;
    if (article.publisher === undefined && feed.title !== undefined) article.publisher = feed.title;
    if (article.published === undefined) delete article.published;
    options.onFetched?.({ url: item.link, status: 200, validators: result.validators, failed: 0 });
    return [made];
  }

  return { readUrls, readFeed };
}

/** An item link relative to the feed's address, made absolute: "/business/story-1" -> "https://wire.example/business/story-1". */
function resolveLink(item: FeedItem, base: string): void {
  if (item.link === undefined || /^https?:\/\//i.test(item.link)) return;
  try {
    item.link = new URL(item.link, base).href;
  } catch {
    // not a link at all: kept as written
  }
}
