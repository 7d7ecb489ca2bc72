import type { TextKind } from './types.js';

/** 'feed': RSS or Atom, one article per item (src/text/web/). */
export type InputKind = TextKind | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/** The kind of input a file name says it is, or undefined for an unsupported extension. */
export function inputKindOf(fileName: string): InputKind | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0 || dot < fileName.lastIndexOf('/')) return undefined;
  const ext = fileName.slice(dot).toLowerCase();
  return Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}

/** Text that arrives without a name (stdin, a JSON Lines `text`): HTML when it starts like a page. */
export function sniffTextKind(text: string): TextKind {
  return /^\s*<(!doctype html|html|head|body|article|main|div|p|h1)\b/i.test(text.slice(0, 512))
    ? 'html'
    : 'txt';
}
