import iconv from 'iconv-lite';
import { decodeBytes, NUL_BYTES, ONLY_WHITESPACE, type Decoded } from './decodeBytes.js';
import { htmlCharset } from './htmlCharset.js';
import type { TextKind } from './types.js';

export interface DecodeOptions {
  /** The charset an HTTP Content-Type header named: after a byte order mark, before <meta charset>. */
  charset?: string;
}

/**
 * Decodes one document's bytes with the encoding it declares, in the order browsers use:
 * a byte order mark (UTF-8, UTF-16LE, UTF-16BE), then the HTTP charset, then for HTML a
 * `<meta charset>` in its first 1024 bytes; otherwise UTF-8, checked (decodeBytes).
 * A declared label is resolved as browsers resolve it (TextDecoder: "iso-8859-1" and "latin1"
 * mean windows-1252), then decoded by iconv-lite: Node 20's TextDecoder('windows-1252') maps
 * 0x80-0x9F to C1 controls instead of "€", "Š", "Œ", "Ž", "š", "œ", "ž", "Ÿ", "’"...
 */
export function decodeDocument(bytes: Uint8Array, kind: TextKind, options: DecodeOptions = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return decodeWith(bom, bytes);
  if (bom === 'utf-8') return decodeBytes(bytes);
  const declared = options.charset ?? (kind === 'html' ? htmlCharset(bytes) : undefined);
  if (declared === undefined || isUtf8(declared)) return decodeBytes(bytes);
  return decodeWith(declared, bytes);
}

/** The encoding a byte order mark names, or undefined. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isUtf8(label: string): boolean {
  return label === 'utf-8' || label === 'utf8' || label === 'unicode-1-1-utf-8';
}

function decodeWith(label: string, bytes: Uint8Array): Decoded {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return { ok: false, reason: `unknown encoding "${label}"` };
  }
  if (!iconv.encodingExists(encoding)) return { ok: false, reason: `unsupported encoding "${encoding}"` };
  // iconv-lite drops a byte order mark that matches the encoding
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (text.includes('\u0000')) return { ok: false, reason: NUL_BYTES };
  if (text.trim() === '') return { ok: false, reason: bytes.length === 0 ? 'empty file' : ONLY_WHITESPACE };
  return { ok: true, text };
}
