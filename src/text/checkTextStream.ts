import { createHash } from 'node:crypto';
import {
  firstInvalidUtf8,
  invalidUtf8Reason,
  NUL_BYTES,
  ONLY_WHITESPACE,
  SNIFF_BYTES,
  sniffNotText,
} from './decodeBytes.js';

export type CheckedText = { ok: true; sha256: string; bytes: number } | { ok: false; reason: string };

/**
 * Reads a byte stream once, holding one chunk at a time, and says whether it is UTF-8 text
 * with the same reasons and offsets as decodeBytes gives for the whole file at once
 * ("not valid UTF-8 (byte 0xE9 at offset 7340033)"), and its sha256 when it is.
 */
export async function checkTextStream(chunks: AsyncIterable<Uint8Array>): Promise<CheckedText> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let sniffed = false;
  let offset = 0; // bytes decoded so far
  let last = new Uint8Array(0); // the last (up to 3) bytes decoded: an unfinished character
  let nul = false;
  let text = false;

  const decode = (bytes: Uint8Array, final: boolean): string | undefined => {
    try {
      const s = decoder.decode(bytes, { stream: !final });
      if (s.includes('\u0000')) nul = true;
      if (!text && s.trim() !== '') text = true;
    } catch {
      // The bad byte may be the lead of a character started in the previous chunk.
      const carry = last.subarray(last.length - unfinished(last));
      const joined = Buffer.concat([carry, bytes]);
      const at = final ? 0 : firstInvalidUtf8(joined);
      return invalidUtf8Reason(joined, at, offset - carry.length + at);
    }
    offset += bytes.length;
    last = Buffer.concat([last, bytes.subarray(Math.max(0, bytes.length - 3))]).subarray(-3);
    return undefined;
  };
  const sniff = (): string | undefined => {
    sniffed = true;
    const bytes = Buffer.concat(head);
    head = [];
    return sniffNotText(bytes.subarray(0, SNIFF_BYTES)) ?? decode(bytes, false);
  };

  for await (const chunk of chunks) {
    hash.update(chunk);
    let reason: string | undefined;
    if (!sniffed) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF_BYTES) reason = sniff();
    } else {
      reason = decode(chunk, false);
    }
    if (reason !== undefined) return { ok: false, reason };
  }
  if (!sniffed) {
    if (headBytes === 0) return { ok: false, reason: 'empty file' };
    const reason = sniff();
    if (reason !== undefined) return { ok: false, reason };
  }
  const reason = decode(new Uint8Array(0), true);
  if (reason !== undefined) return { ok: false, reason };
  if (nul) return { ok: false, reason: NUL_BYTES };
  if (!text) return { ok: false, reason: ONLY_WHITESPACE };
  return { ok: true, sha256: hash.digest('hex'), bytes: offset };
}

/** How many of the last bytes start a character that is not finished: 0 to 3. */
function unfinished(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k++) {
    const b = bytes[bytes.length - k];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return size > k ? k : 0;
  }
  return 0;
}
