import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { feedDate } from './feedDate.js';
import type { Feed, FeedItem } from './types.js';

export type ParsedFeed = { ok: true; feed: Feed } | { ok: false; reason: string };

type Node = Record<string, unknown>;

/** Elements read as lists even when a feed has one: a one-item feed is still a list of items. */
const LISTS = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'contributor']);

const OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // "&nbsp;", "&eacute;" in descriptions: not XML, but what feeds are written with
  htmlEntities: true,
  isArray: (name: string) => LISTS.has(name),
};

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed with fast-xml-parser. A document that is not
 * well-formed XML, or whose root is not <rss>, <feed> or <rdf:RDF>, gives the reason in a few words:
 * "malformed XML: Expected closing tag 'item' ... (line 7)". Pure.
 */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { ok: false, reason: `malformed XML: ${valid.err.msg} (line ${valid.err.line})` };
  let doc: Node;
  try {
    doc = new XMLParser(OPTIONS).parse(xml) as Node;
  } catch (error) {
    return { ok: false, reason: `malformed XML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (isNode(doc.rss)) return { ok: true, feed: rssFeed(doc.rss, 'rss') };
  if (isNode(doc['rdf:RDF'])) return { ok: true, feed: rssFeed(doc['rdf:RDF'], 'rdf') };
  if (isNode(doc.feed)) return { ok: true, feed: atomFeed(doc.feed, xhtmlBodies(xml)) };
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  return {
    ok: false,
    reason: `not an RSS or Atom feed (root element ${root === undefined ? 'missing' : `<${root}>`})`,
  };
}

/** RSS 2.0 (<rss><channel><item>) and RSS 1.0 (<rdf:RDF><channel/><item>: items beside the channel). */
function rssFeed(root: Node, format: 'rss' | 'rdf'): Feed {
  const channel = isNode(root.channel) ? root.channel : {};
  const items = list(format === 'rss' ? channel.item : root.item);
  const feed: Feed = { format, items: items.map(rssItem) };
  setText(feed, 'title', channel.title);
  setText(feed, 'language', channel.language ?? channel['dc:language']);
  return feed;
}

function rssItem(item: Node): FeedItem {
  const out: FeedItem = { authors: [] };
  setText(out, 'link', first(list(item.link)));
  setText(out, 'guid', item.guid);
  // RSS 2.0 <guid isPermaLink="true"> (the default) is the item's address when <link> is missing
  const permaLink = isNode(item.guid) ? item.guid['@_isPermaLink'] !== 'false' : item.guid !== undefined;
  if (out.link === undefined && permaLink && /^https?:\/\//i.test(out.guid ?? '')) out.link = out.guid;
  setText(out, 'title', item.title);
  const date = feedDate(text(item.pubDate) ?? text(item['dc:date']));
  if (date !== undefined) out.published = date;
  out.authors = [...list(item['dc:creator']), ...list(item.author)]
    .map((a) => rssAuthor(text(a)))
    .filter((a): a is string => a !== undefined);
  setText(out, 'content', item['content:encoded']);
  setText(out, 'summary', item.description);
  return out;
}

/** RSS <author> is an e-mail address: "ana.ruiz@example.com (Ana Ruiz)" -> "Ana Ruiz". */
function rssAuthor(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  const named = /\(([^)]+)\)\s*$/.exec(written);
  if (named) return named[1].trim();
  return /^\S+@\S+$/.test(written) ? undefined : written;
}

function atomFeed(root: Node, xhtml: Map<number, Node>): Feed {
  const feed: Feed = { format: 'atom', items: list(root.entry).map((e, i) => atomEntry(e, xhtml.get(i))) };
  setText(feed, 'title', root.title);
  setText(feed, 'language', root['@_xml:lang']);
  return feed;
}

function atomEntry(entry: Node, raw: Node | undefined): FeedItem {
  const out: FeedItem = { authors: [] };
  const links = list(entry.link);
  const alternate = links.find((l) => isNode(l) && (l['@_rel'] ?? 'alternate') === 'alternate');
  if (isNode(alternate)) setText(out, 'link', alternate['@_href']);
  setText(out, 'guid', entry.id);
  setText(out, 'title', entry.title);
  const published = feedDate(text(entry.published));
  const updated = feedDate(text(entry.updated));
  if (published !== undefined || updated !== undefined) out.published = published ?? updated;
  if (published !== undefined && updated !== undefined && updated !== published) out.modified = updated;
  out.authors = list(entry.author)
    .map((a) => (isNode(a) ? text(a.name) : text(a)))
    .filter((a): a is string => a !== undefined);
  for (const [field, flag] of [
    ['content', 'contentIsText'],
    ['summary', 'summaryIsText'],
  ] as const) {
    const node = entry[field];
    const type = isNode(node) ? node['@_type'] : undefined;
    // type="xhtml": the markup itself, kept raw by the second parse (xhtmlBodies)
    const value = type === 'xhtml' && raw !== undefined ? raw[field] : node;
    setText(out, field, value);
    if (out[field] !== undefined && (type === undefined || type === 'text')) out[flag] = true;
  }
  return out;
}

/**
 * Atom content type="xhtml" is markup inside the XML ("<div><p>Qadira <b>agreed</b></p></div>"):
 * parsed as XML it would lose the order of its text and tags. A second parse keeps <content> and
 * <summary> raw, only when a feed has such content; entries are matched by position.
 */
function xhtmlBodies(xml: string): Map<number, Node> {
  const out = new Map<number, Node>();
  if (!/\btype\s*=\s*["']xhtml["']/.test(xml)) return out;
  const doc = new XMLParser({ ...OPTIONS, stopNodes: ['feed.entry.content', 'feed.entry.summary'] }).parse(
    xml,
  ) as Node;
  const entries = isNode(doc.feed) ? list(doc.feed.entry) : [];
  entries.forEach((entry, i) => {
    if (isNode(entry)) out.set(i, entry);
  });
  return out;
}

function setText<T extends object>(target: T, key: keyof T & string, value: unknown): void {
  const found = text(value);
  if (found !== undefined) (target as Record<string, unknown>)[key] = found;
}

/** The text of an element: a string, or the #text of one with attributes; undefined when blank. */
function text(value: unknown): string | undefined {
  const raw = isNode(value) ? value['#text'] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const trimmed = String(raw).trim();
  return trimmed === '' ? undefined : trimmed;
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

function first<T>(values: T[]): T | undefined {
  return values[0];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
