import { decodeEntities } from './decodeEntities.js';

export interface StrippedHtml {
  /** Visible text with block boundaries as newlines; entities decoded, not yet normalised. */
  text: string;
  /** Text of the first <h1>. */
  h1?: string;
  /** Text of <title>. */
  title?: string;
  /** <meta name="author">. */
  author?: string;
  /** <meta property="article:published_time"> and similar. */
  published?: string;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'svg',
  'math',
  'form',
  'iframe',
  'button',
  'select',
  'canvas',
  'object',
  'figcaption',
  'dialog',
]);

/** Elements whose content is raw text: their end tag is the only thing to look for. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'iframe']);

/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'body',
  'head',
  'html',
]);

const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
]);

const TAG_NAME = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/;

/**
 * Strips HTML to its visible article text in one left-to-right pass (no DOM, no
 * backtracking regex): drops script/style/nav/footer/aside and friends, turns block
 * elements into line breaks, decodes entities, and keeps <title>, the first <h1>
 * and author/date meta tags as metadata.
 */
export function stripHtml(html: string): StrippedHtml {
  const parts: string[] = [];
  const result: StrippedHtml = { text: '' };
  let h1Start = -1;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      parts.push(textOf(html.slice(i)));
      break;
    }
    if (lt > i) parts.push(textOf(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? n : close + 1;
      continue;
    }
    const m = TAG_NAME.exec(html.slice(lt, lt + 80));
    if (!m) {
      parts.push('<'); // "profits < costs"
      i = lt + 1;
      continue;
    }
    const gt = tagEnd(html, lt + m[0].length);
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const tag = html.slice(lt, gt);
    i = gt;
    if (!closing && name === 'meta') readMeta(tag, result);
    if (closing) {
      if (name === 'h1' && h1Start >= 0 && result.h1 === undefined) {
        result.h1 = collapse(parts.slice(h1Start).join(''));
        h1Start = -1;
      }
      if (BLOCK.has(name)) parts.push('\n');
      else if (name === 'td' || name === 'th') parts.push(' ');
      continue;
    }
    const selfClosing = tag.endsWith('/>') || VOID.has(name);
    if (name === 'title' && !selfClosing) {
      const end = findEnd(html, name, gt, false);
      result.title ??= collapse(decodeEntities(html.slice(gt, end.contentEnd)));
      i = end.after;
      continue;
    }
    if (DROPPED.has(name) && !selfClosing) {
      i = findEnd(html, name, gt, !RAW_TEXT.has(name)).after;
      parts.push('\n');
      continue;
    }
    if (RAW_TEXT.has(name) && !selfClosing) {
      i = findEnd(html, name, gt, false).after; // <textarea>: not article text
      continue;
    }
    if (BLOCK.has(name)) parts.push('\n');
    else if (name === 'td' || name === 'th') parts.push(' ');
    if (name === 'h1' && result.h1 === undefined) h1Start = parts.length;
  }
  result.text = parts.join('');
  return result;
}

/** Source whitespace is not layout: "Oracle\n   confirms" -> "Oracle confirms". */
function textOf(raw: string): string {
  return decodeEntities(raw.replace(/[ \t\n\r\f]+/g, ' '));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Index after the ">" that closes a tag, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i + 1;
    }
  }
  return html.length;
}

/**
 * Finds the end tag of `name` from `from`. With `nested`, same-name elements inside
 * are counted (<nav><nav></nav></nav>). Unclosed elements run to the end of input.
 */
function findEnd(
  html: string,
  name: string,
  from: number,
  nested: boolean,
): { contentEnd: number; after: number } {
  const pattern = new RegExp(nested ? `<(/?)${name}(?![A-Za-z0-9:-])` : `</${name}(?![A-Za-z0-9:-])`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    const isClose = nested ? m[1] === '/' : true;
    const after = tagEnd(html, m.index + m[0].length);
    if (!isClose) {
      if (!html.slice(m.index, after).endsWith('/>')) depth++;
    } else if (--depth === 0) {
      return { contentEnd: m.index, after };
    }
    pattern.lastIndex = after;
  }
  return { contentEnd: html.length, after: html.length };
}

function readMeta(tag: string, result: StrippedHtml): void {
  const key = attribute(tag, 'name') ?? attribute(tag, 'property') ?? attribute(tag, 'itemprop');
  const content = attribute(tag, 'content');
  if (!key || content === undefined) return;
  const k = key.toLowerCase();
  const value = collapse(decodeEntities(content));
  if (value === '') return;
  if (k === 'author' || k === 'article:author' || k === 'byl' || k === 'dc.creator') {
    if (!/^https?:/i.test(value)) result.author ??= value.replace(/^by\s+/i, '');
  } else if (
    k === 'article:published_time' ||
    k === 'datepublished' ||
    k === 'pubdate' ||
    k === 'dc.date' ||
    k === 'date'
  ) {
    result.published ??= value;
  }
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
