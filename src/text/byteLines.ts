export interface ByteLine {
  /** 1-based line number. */
  lineNo: number;
  /** The line without its "\n" (and "\r"), or undefined when it was longer than the limit. */
  bytes?: Uint8Array;
  /** Length in bytes, counted even when the line was dropped. */
  length: number;
}

/**
 * Splits a byte stream into lines without ever holding more than one line (up to
 * `maxLineBytes`) in memory: an overlong line is reported by length and skipped.
 */
export async function* byteLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let lineNo = 1;
  const finish = (): ByteLine => {
    let bytes: Uint8Array | undefined;
    if (length <= maxLineBytes) {
      bytes = concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line: ByteLine = { lineNo, bytes, length };
    parts = [];
    length = 0;
    lineNo++;
    return line;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (length > 0) yield finish();

  function take(piece: Uint8Array): void {
    length += piece.length;
    if (length <= maxLineBytes) parts.push(piece);
    else parts = [];
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
