import type { Validators } from '../../fetch/types.js';

/** One item of an RSS or Atom feed, as the feed gives it (strings as written, HTML not yet read). */
export interface FeedItem {
  /** The item's page: RSS <link>, Atom <link rel="alternate" href>. */
  link?: string;
  /** RSS <guid>, Atom <id>. */
  guid?: string;
  title?: string;
  /** RSS <pubDate>/<dc:date>, Atom <published> (else <updated>), as ISO when it parses. */
  published?: string;
  /** Atom <updated> when it differs from <published>. */
  modified?: string;
  /** RSS <author>/<dc:creator>, Atom <author><name>. */
  authors: string[];
  /** The full text: RSS <content:encoded>, Atom <content>. HTML unless `contentIsText`. */
  content?: string;
  /** RSS <description>, Atom <summary>: often a teaser. HTML unless `summaryIsText`. */
  summary?: string;
  /** Atom type="text": the content is plain text, not HTML ("R&D <b>" is literal). */
  contentIsText?: boolean;
  summaryIsText?: boolean;
}

/** A parsed feed: what it says about itself and its items in order. */
export interface Feed {
  format: 'rss' | 'atom' | 'rdf';
  /** The channel's title: the publication ("Meridian Wire - Business"). */
  title?: string;
  /** RSS <language>, Atom xml:lang. */
  language?: string;
  items: FeedItem[];
}

/** How URLs and feeds are read (`kg ingest https://...`, `--follow-links`); defaults from SETTINGS. */
export interface WebInputOptions {
  /** Fetch the page of an item that has only a summary and a link. Default: SETTINGS.followLinks. */
  followLinks?: boolean;
  /** Requests in flight to one host. Default: SETTINGS.concurrency. */
  concurrency?: number;
  /** Seconds. Defaults: SETTINGS.fetchTimeout, SETTINGS.connectTimeout. */
  timeout?: number;
  connectTimeout?: number;
  maxRedirects?: number;
  /**
   * The validators kept for a URL when the graph was last written from it: the request is
   * conditional. Absent (kg extract, --dry-run): every request fetches the whole document.
   */
  validatorsFor?: (url: string) => Promise<Validators | undefined>;
  /** Told once per URL answered 200 or 304, after everything read from it was yielded. */
  onFetched?: (fetched: UrlFetched) => void;
}

/** One URL read: the requested address (the validators' key), its answer, and how many of its items failed. */
export interface UrlFetched {
  url: string;
  status: 200 | 304;
  validators: Validators;
  /** Items of a feed (or the page itself) that could not be read: a URL with failures is fetched whole next time. */
  failed: number;
}
