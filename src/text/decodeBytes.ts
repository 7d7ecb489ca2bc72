/** Looked at to decide whether bytes are text: enough to judge, cheap for large files. */
export const SNIFF_BYTES = 64 * 1024;
/** More control characters than this share of the sniffed bytes means binary. */
const MAX_CONTROL_RATIO = 0.1;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes a file's bytes as UTF-8 text, or says in a few words why it is not text:
 * empty, binary (NUL bytes or many control characters), UTF-16, or invalid UTF-8
 * (with the offset of the first bad byte). A UTF-8 byte order mark is dropped.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const notText = sniffNotText(bytes.subarray(0, SNIFF_BYTES));
  if (notText !== undefined) return { ok: false, reason: notText };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: invalidUtf8Reason(bytes, firstInvalidUtf8(bytes)) };
  }
  if (text.includes('\u0000')) return { ok: false, reason: NUL_BYTES };
  if (text.trim() === '') return { ok: false, reason: ONLY_WHITESPACE };
  return { ok: true, text };
}

export const NUL_BYTES = 'binary file (NUL bytes); expected UTF-8 text';
export const ONLY_WHITESPACE = 'empty file (only whitespace)';

/**
 * Why a file's first bytes (up to SNIFF_BYTES) show it is not UTF-8 text (UTF-16, NUL
 * bytes, mostly control characters), or undefined when they may be text.
 */
export function sniffNotText(head: Uint8Array): string | undefined {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return 'UTF-16 text is not supported; save the file as UTF-8';
  }
  const sniff = Math.min(head.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sniff; i++) {
    const b = head[i];
    if (b === 0) return `binary file (NUL byte at offset ${i}); expected UTF-8 text`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++;
  }
  if (controls > sniff * MAX_CONTROL_RATIO) {
    return 'binary file (mostly control characters); expected UTF-8 text';
  }
  return undefined;
}

/** "not valid UTF-8 (byte 0xE9 at offset 31)": `at` is the file offset of `bytes[index]`, by default the same. */
export function invalidUtf8Reason(bytes: Uint8Array, index: number, at = index): string {
  const hex = bytes[index]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
  return `not valid UTF-8 (byte 0x${hex} at offset ${at}); convert the file to UTF-8`;
}

/** Offset of the first byte that breaks UTF-8 (for the message only). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
