import { decodeHTML } from 'entities';

/** A JSON-LD node: schema.org properties as the page wrote them. */
export type LdNode = Record<string, unknown>;

/** "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "LiveBlogPosting"... */
const ARTICLE_TYPE = /(Article|BlogPosting)$/;

/**
 * The article node of a page's JSON-LD blocks, with `@id` references resolved by `resolve`:
 * a lone NewsArticle, one in an array, or one in a Yoast-style `@graph` whose author and
 * publisher are `{"@id": ...}` references to other nodes of the graph. Unparsable blocks are skipped.
 */
export function jsonLdArticle(blocks: readonly string[]): {
  article?: LdNode;
  resolve: (v: unknown) => unknown;
} {
  const nodes: LdNode[] = [];
  for (const block of blocks) {
    try {
      collect(JSON.parse(block), nodes);
    } catch {
      // a broken block (trailing comma, template placeholder) is not the page's fault to fail on
    }
  }
  const byId = new Map<string, LdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1)
      return byId.get(value['@id']) ?? value;
    return value;
  };
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  return { article, resolve };
}

function collect(value: unknown, out: LdNode[]): void {
  if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out);
  }
}

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

export function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text value: a string, or the `name` of a node ({"@type": "Person", "name": "Ana Ruiz"}); entities decoded. */
export function ldText(value: unknown): string | undefined {
  const raw =
    typeof value === 'string'
      ? value
      : isNode(value) && typeof value.name === 'string'
        ? value.name
        : undefined;
  if (raw === undefined) return undefined;
  const text = decodeHTML(raw).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** A URL value: a string, or a node's `@id` or `url` ({"@type": "WebPage", "@id": "https://..."}). */
export function ldUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isNode(value)) return undefined;
  const url = value['@id'] ?? value.url;
  return typeof url === 'string' ? url : undefined;
}
