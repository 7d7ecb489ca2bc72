export interface LineBlockOptions {
  /** A block is closed at the first line end after this many bytes. */
  blockBytes: number;
  /** A line longer than this is cut (see cutLongLine). */
  maxLineBytes: number;
  /** False for a line that must stay in the same block as the line before it. */
  canStartBlock?: (line: string) => boolean;
}

/** Never hold more than this many blocks' worth of lines that may not start a block. */
const MAX_BLOCK_GROWTH = 4;

/**
 * Turns a UTF-8 byte stream into decoded blocks of whole lines: each block ends with "\n"
 * except the last, so line-by-line cleaning of one block never needs the next. Holds one
 * block and one line at a time. A line longer than maxLineBytes is cut by cutLongLine, and
 * the cut acts as a line break. Throws on invalid UTF-8 (check the stream first).
 */
export async function* lineBlocks(
  chunks: AsyncIterable<Uint8Array>,
  options: LineBlockOptions,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let block: Uint8Array[] = [];
  let blockBytes = 0;
  let line: Uint8Array[] = [];
  let lineBytes = 0;

  // Returns the finished block when `whole` (a line with its "\n") starts a new one.
  const addLine = (whole: Uint8Array): string | undefined => {
    let done: string | undefined;
    if (
      blockBytes >= options.blockBytes &&
      (blockBytes >= options.blockBytes * MAX_BLOCK_GROWTH ||
        (options.canStartBlock?.(decoder.decode(whole)) ?? true))
    ) {
      done = decoder.decode(Buffer.concat(block, blockBytes));
      block = [];
      blockBytes = 0;
    }
    block.push(whole);
    blockBytes += whole.length;
    return done;
  };

  // A line over the limit is cut the same way whether or not its "\n" has arrived yet.
  function* cutWhileLong(final: boolean): Generator<string> {
    while (lineBytes - (final ? 1 : 0) > options.maxLineBytes) {
      const bytes = Buffer.concat(line, lineBytes);
      const cut = cutLongLine(bytes, options.maxLineBytes);
      line = [bytes.subarray(cut.next)];
      lineBytes = bytes.length - cut.next;
      const done = addLine(cut.line);
      if (done !== undefined) yield done;
    }
  }

  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      line.push(chunk.subarray(from, nl + 1));
      lineBytes += nl + 1 - from;
      from = nl + 1;
      yield* cutWhileLong(true);
      const done = addLine(Buffer.concat(line, lineBytes));
      line = [];
      lineBytes = 0;
      if (done !== undefined) yield done;
    }
    if (from < chunk.length) {
      line.push(chunk.subarray(from));
      lineBytes += chunk.length - from;
    }
    yield* cutWhileLong(false);
  }
  if (lineBytes > 0) {
    const done = addLine(Buffer.concat(line, lineBytes));
    if (done !== undefined) yield done;
  }
  if (blockBytes > 0) yield decoder.decode(Buffer.concat(block, blockBytes));
}

/**
 * Where to cut a line of more than `max` bytes (a text dump with no line breaks): after
 * the last likely sentence end ('. ', '? ' or '! ' and a capital, digit or quote) in its
 * first `max` bytes, else at the last space, replacing that space with "\n" so every offset
 * stays where the whole-file reading puts it; else at the last character start, adding a "\n".
 */
export function cutLongLine(bytes: Uint8Array, max: number): { line: Uint8Array; next: number } {
  let space = -1;
  for (let i = Math.min(max, bytes.length - 1) - 1; i > 0; i--) {
    if (bytes[i] !== 0x20) continue;
    if (space < 0) space = i;
    let k = i - 1;
    while (k > 0 && isCloser(bytes[k])) k--;
    const before = bytes[k];
    const after = bytes[i + 1];
    if ((before === 0x2e || before === 0x3f || before === 0x21) && opens(after)) {
      space = i;
      break;
    }
  }
  if (space > 0) {
    const line = Uint8Array.from(bytes.subarray(0, space + 1));
    line[space] = 0x0a;
    return { line, next: space + 1 };
  }
  let at = Math.min(max, bytes.length);
  while (at > 1 && (bytes[at] & 0xc0) === 0x80) at--; // not inside a character
  return { line: Buffer.concat([bytes.subarray(0, at), Uint8Array.of(0x0a)]), next: at };
}

/** " ' ) ] after a sentence's final dot. */
function isCloser(b: number): boolean {
  return b === 0x22 || b === 0x27 || b === 0x29 || b === 0x5d;
}

/** A capital, a digit, a quote or a non-ASCII start (a curly quote, a capital with an accent). */
function opens(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x22 || b === 0x27 || b >= 0xc0;
}
