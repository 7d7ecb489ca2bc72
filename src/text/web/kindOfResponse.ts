import { mediaTypeOf } from '../../fetch/acceptedMediaType.js';
import { sniffTextKind } from '../inputKindOf.js';
import type { TextKind } from '../types.js';
import { looksLikeFeed } from './looksLikeFeed.js';

/**
 * How a fetched document is read: a feed when its body opens one (servers send feeds as text/xml,
 * text/plain, even text/html), else by its Content-Type: a page, Markdown, XML (a feed that will
 * say why it is not one), or text that is sniffed like stdin.
 */
export function kindOfResponse(contentType: string | undefined, bytes: Uint8Array): TextKind | 'feed' {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  if (looksLikeFeed(head)) return 'feed';
  const type = mediaTypeOf(contentType);
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'md';
  if (type !== undefined && (type.endsWith('/xml') || type.endsWith('+xml'))) return 'feed';
  return sniffTextKind(head);
}
