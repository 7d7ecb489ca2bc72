import { firstLineOf } from '../errors.js';
import type { Article } from '../types.js';
import { checkTextStream } from './checkTextStream.js';
import { createStreamCleaner } from './createStreamCleaner.js';
import { lineBlocks } from './lineBlocks.js';
import { splitSentences } from './splitSentences.js';
import type { InputItem } from './types.js';

export interface LargeText {
  /** Opens the file's bytes from the start; called twice (check, then read). */
  open: () => AsyncIterable<Uint8Array>;
  /** The file's id: parts are `<id>#part-0001`, `<id>#part-0002`, ... */
  id: string;
  /** How the file is named to the user (Article.path, failures). */
  source: string;
  kind: 'txt' | 'md';
}

export interface LargeTextOptions {
  /** A part closes at the first line end after this many sentences. */
  partSentences: number;
  /** Bytes of whole lines cleaned at a time. Default 256 KB. */
  blockBytes?: number;
  /** Longer lines are cut (lineBlocks): the only case where parts can differ from the whole-file reading. Default 1 MB. */
  maxLineBytes?: number;
}

const DEFAULT_BLOCK_BYTES = 256 * 1024;
const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

const CHANGED = 'the file changed while it was read; read it again';

/** A Markdown setext underline ("====", "----") belongs with the line above it. */
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;

/**
 * Reads a large `.txt` or `.md` file with flat memory, as a sequence of part articles.
 * First pass: the bytes are checked (UTF-8, not binary: the same messages and offsets as for
 * a small file) and hashed, so a bad file gives one failure and no parts. Second pass: blocks
 * of lines are cleaned as cleanText would clean the whole file (createStreamCleaner), and the
 * cleaned lines are grouped into parts of about `partSentences` sentences, cut at line ends.
 * Part k's text is a slice of the whole cleaned text at `part.offset`, so a part's sentences
 * (splitSentences(part.text)), shifted by part.offset and part.firstSentence, are the whole
 * text's sentences. Every part carries the file's sha256 (an unchanged file is skipped on
 * re-ingest) and the document's title; the byline when it is known (a closing byline only
 * reaches the last part). Memory: one block, one part and a few lines.
 */
export async function* readLargeText(file: LargeText, options: LargeTextOptions): AsyncGenerator<InputItem> {
  const checked = await checkTextStream(file.open());
  if (!checked.ok) {
    yield { ok: false, source: file.source, reason: checked.reason };
    return;
  }
  const cleaner = createStreamCleaner(file.kind);
  let offset = 0; // where the next cleaned line starts in the whole text
  let sentences = 0; // sentences in the parts before the current one
  let number = 0;
  let lines: string[] = [];
  let start = 0;
  let inPart = 0;
  let bytes = 0;

  const part = (): Article => {
    const text = lines.join('\n');
    const article: Article = {
      id: `${file.id}#part-${String(++number).padStart(4, '0')}`,
      title: cleaner.title,
      text,
      path: file.source,
      sha256: checked.sha256,
      part: { of: file.id, number, offset: start, firstSentence: sentences },
    };
    if (cleaner.byline !== undefined) article.byline = cleaner.byline;
    sentences += inPart;
    lines = [];
    inPart = 0;
    return article;
  };
  // Returns a part when this line closes one.
  const add = (line: string): Article | undefined => {
    const at = offset;
    offset += line.length + 1;
    if (line === '') {
      if (lines.length > 0) lines.push(line);
      return undefined;
    }
    if (lines.length === 0) start = at;
    lines.push(line);
    inPart += splitSentences(line).length;
    return inPart >= options.partSentences ? part() : undefined;
  };
  const counted = async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of file.open()) {
      bytes += chunk.length;
      yield chunk;
    }
  };

  try {
    const blocks = lineBlocks(counted(), {
      blockBytes: options.blockBytes ?? DEFAULT_BLOCK_BYTES,
      maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
      canStartBlock: file.kind === 'md' ? (line) => !SETEXT.test(line.split('\r')[0]) : undefined,
    });
    for await (const block of blocks) {
      for (const line of cleaner.push(block)) {
        const done = add(line);
        if (done !== undefined) yield { ok: true, article: done };
      }
    }
  } catch (error) {
    const changed = (error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
    yield {
      ok: false,
      source: file.source,
      reason: changed ? CHANGED : `cannot read file: ${firstLineOf(error)}`,
    };
    return;
  }
  for (const line of cleaner.end()) {
    const done = add(line);
    if (done !== undefined) yield { ok: true, article: done };
  }
  if (bytes !== checked.bytes) {
    yield { ok: false, source: file.source, reason: CHANGED };
    return;
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length > 0) yield { ok: true, article: part() };
  else if (number === 0)
    yield {
      ok: false,
      source: file.source,
      reason: 'no article text left after removing markup and page chrome',
    };
}
