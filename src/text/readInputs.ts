import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SETTINGS } from '../config/schema.js';
import type { Article } from '../types.js';
import { byteLines } from './byteLines.js';
import { cleanText } from './cleanText.js';
import { copyMeta } from './copyMeta.js';
import { decodeDocument } from './decodeDocument.js';
import { documentArticle } from './documentArticle.js';
import { inputKindOf, sniffTextKind, SUPPORTED_EXTENSIONS, type InputKind } from './inputKindOf.js';
import { jsonLineSha256 } from './jsonLineSha256.js';
import { parseJsonLine } from './parseJsonLine.js';
import { readLargeText } from './readLargeText.js';
import { createWebReader, type WebReader } from './web/createWebReader.js';
import { isUrl } from './web/isUrl.js';
import { type InputFailure, type InputItem, type ReadInputsOptions, type TextKind } from './types.js';

/** Bytes read at a time from a large file. */
const READ_CHUNK = 256 * 1024;

interface Context {
  root: string;
  maxFileBytes: number;
  streamAboveBytes: number;
  partSentences: number;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Real paths of files already read: a file named twice is read once. */
  files: Set<string>;
  /** Real paths of directories already walked. */
  dirs: Set<string>;
  /** Article ids already produced, with where they came from. */
  ids: Map<string, string>;
  /** URLs and feeds (src/text/web/). */
  web: WebReader;
}

/**
 * Reads the named inputs (files, directories, globs, JSON Lines, `-` for stdin) and
 * yields one cleaned Article per document, or one failure per document that cannot
 * be read; a failure never stops the rest. Only one document's text is held at a time.
 */
export async function* readInputs(
  inputs: string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<InputItem> {
  const ctx: Context = {
    root: path.resolve(options.root ?? process.cwd()),
    maxFileBytes: options.maxFileBytes ?? SETTINGS.maxFileBytes.default,
    streamAboveBytes: options.streamAboveBytes ?? SETTINGS.streamAboveBytes.default,
    partSentences: options.partSentences ?? SETTINGS.partSentences.default,
    stdin: options.stdin ?? process.stdin,
    files: new Set(),
    dirs: new Set(),
    ids: new Map(),
    web: createWebReader({ ...options.web, maxBytes: options.maxFileBytes ?? SETTINGS.maxFileBytes.default }),
  };
  for (let i = 0; i < inputs.length; i++) {
    if (isUrl(inputs[i])) {
      // URLs next to each other are fetched together (within --concurrency per host)
      let end = i;
      while (end + 1 < inputs.length && isUrl(inputs[end + 1])) end++;
      yield* claimAll(ctx.web.readUrls(inputs.slice(i, end + 1)), ctx);
      i = end;
    } else if (inputs[i] === '-') yield* readStdin(ctx);
    else yield* readNamed(inputs[i], ctx);
  }
}

/** "file.txt: permission denied": the one line a user sees for a failure. */
export function describeFailure(failure: InputFailure): string {
  return `${failure.source}: ${failure.reason}`;
}

async function* readNamed(input: string, ctx: Context): AsyncGenerator<InputItem> {
  const abs = path.resolve(input);
  let info;
  try {
    info = await stat(abs);
  } catch (error) {
    if (code(error) === 'ENOENT' && isDynamicPattern(input)) {
      yield* readGlob(input, ctx);
    } else if (code(error) === 'ENOENT' && (await isLink(abs))) {
      yield fail(input, 'broken symbolic link (its target does not exist)');
    } else {
      yield fail(input, fsReason(error));
    }
    return;
  }
  if (info.isDirectory()) {
    yield* walk(abs, abs, ctx, new Set());
  } else if (info.isFile()) {
    const kind = inputKindOf(abs);
    if (kind === undefined) {
      yield fail(input, `unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
    } else {
      yield* readFile(abs, kind, path.dirname(abs), ctx);
    }
  } else {
    yield fail(input, 'not a regular file or directory');
  }
}

async function* readGlob(pattern: string, ctx: Context): AsyncGenerator<InputItem> {
  // Links are not followed inside a glob: a link loop cannot make it run forever.
  const matches = (
    await glob(pattern, {
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false,
    })
  ).sort(byCodeUnit);
  const files = matches.filter((file) => inputKindOf(file) !== undefined);
  if (matches.length === 0) yield fail(pattern, 'no files match this pattern');
  else if (files.length === 0)
    yield fail(pattern, `no files with a supported extension (${SUPPORTED_EXTENSIONS.join(', ')}) match`);
  for (const file of files) yield* readFile(file, inputKindOf(file) as InputKind, path.dirname(file), ctx);
}

/** Recursive walk in sorted order; hidden entries and unsupported extensions are skipped silently. */
async function* walk(
  dir: string,
  base: string,
  ctx: Context,
  ancestors: Set<string>,
): AsyncGenerator<InputItem> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield fail(shown(dir), fsReason(error));
    return;
  }
  if (ancestors.has(real)) {
    yield fail(shown(dir), `symbolic link loop (leads back to ${shown(real)}); skipped`);
    return;
  }
  if (ctx.dirs.has(real)) return; // the same directory reached through another link
  ctx.dirs.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield fail(shown(dir), `cannot list directory: ${fsReason(error)}`);
    return;
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  const inside = new Set(ancestors).add(real);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        const reason =
          code(error) === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : fsReason(error);
        yield fail(shown(full), reason);
        continue;
      }
    }
    if (isDir) {
      yield* walk(full, base, ctx, inside);
    } else if (isFile) {
      const kind = inputKindOf(entry.name);
      if (kind !== undefined) yield* readFile(full, kind, base, ctx);
    }
  }
}

async function* readFile(
  abs: string,
  kind: InputKind,
  base: string,
  ctx: Context,
): AsyncGenerator<InputItem> {
  const source = shown(abs);
  let bytes: Uint8Array;
  let handle;
  try {
    handle = await open(abs, 'r');
  } catch (error) {
    yield fail(source, `cannot open file: ${fsReason(error)}`);
    return;
  }
  try {
    const real = await realpath(abs);
    if (ctx.files.has(real)) return; // named twice: read once
    ctx.files.add(real);
    if (kind === 'jsonl') {
      const fileId = idFor(abs, base, ctx);
      yield* readJsonLines(handle.createReadStream({ autoClose: false }), source, fileId, ctx);
      return;
    }
    const info = await handle.stat();
    if (info.size > ctx.maxFileBytes) {
      yield fail(
        source,
        `file is ${formatBytes(info.size)}, over the ${formatBytes(ctx.maxFileBytes)} size limit (maxFileBytes)`,
      );
      return;
    }
    if ((kind === 'txt' || kind === 'md') && info.size > ctx.streamAboveBytes) {
      // A large text is read as a stream of part articles with flat memory. HTML is not:
      // readHtml needs the whole document (tags and <script> span lines), so it is read
      // whole up to maxFileBytes. Stdin is read whole too.
      const file = handle;
      const parts = readLargeText(
        {
          open: () => file.createReadStream({ start: 0, autoClose: false, highWaterMark: READ_CHUNK }),
          id: idFor(abs, base, ctx),
          source,
          kind,
        },
        { partSentences: ctx.partSentences },
      );
      for await (const item of parts) yield item.ok ? claimId(item.article, source, ctx) : item;
      return;
    }
    bytes = await handle.readFile();
  } catch (error) {
    yield fail(source, `cannot read file: ${fsReason(error)}`);
    return;
  } finally {
    await handle.close();
  }
  if (bytes.length > ctx.maxFileBytes) {
    yield fail(source, `file is over the ${formatBytes(ctx.maxFileBytes)} size limit (maxFileBytes)`);
    return;
  }
  if (kind === 'feed') yield* claimAll(ctx.web.readFeed(bytes, source, idFor(abs, base, ctx)), ctx);
  else yield toArticle(bytes, kind, idFor(abs, base, ctx), source, ctx);
}

function toArticle(bytes: Uint8Array, kind: TextKind, id: string, source: string, ctx: Context): InputItem {
  const made = documentArticle(bytes, kind, id, source);
  return made.ok ? claimId(made.article, source, ctx) : fail(source, made.reason);
}

/**
 * Articles read from the web or a feed, each claiming its id. A story already read under the same
 * link (one story in two feeds, a URL named twice) is read once, silently: it is not a failure.
 */
async function* claimAll(items: AsyncIterable<InputItem>, ctx: Context): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if (item.ok && ctx.ids.has(item.article.id)) continue;
    yield item.ok ? claimId(item.article, item.article.url ?? item.article.id, ctx) : item;
  }
}

/** One JSON Lines record per line; a bad line is one failure naming file:line, the rest go on. */
async function* readJsonLines(
  chunks: AsyncIterable<Uint8Array | string>,
  source: string,
  fileId: string,
  ctx: Context,
): AsyncGenerator<InputItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const line of byteLines(chunks, ctx.maxFileBytes)) {
    const where = `${source}:${line.lineNo}`;
    if (line.bytes === undefined) {
      yield fail(
        where,
        `record is ${formatBytes(line.length)}, over the ${formatBytes(ctx.maxFileBytes)} size limit (maxFileBytes)`,
      );
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line.bytes);
    } catch {
      yield fail(where, 'not valid UTF-8; convert the file to UTF-8');
      continue;
    }
    if (text.trim() === '') continue;
    const parsed = parseJsonLine(text);
    if (!parsed.ok) {
      yield fail(where, parsed.reason);
      continue;
    }
    const { record } = parsed;
    const cleaned = cleanText(record.text, sniffTextKind(record.text), { title: record.title });
    if (cleaned.text === '') {
      yield fail(where, 'no article text left after removing markup and page chrome');
      continue;
    }
    const article: Article = {
      id: record.id ?? `${fileId}:${line.lineNo}`,
      title: cleaned.title,
      text: cleaned.text,
      sha256: jsonLineSha256(record),
    };
    if (source !== 'stdin') article.path = source;
    copyMeta(cleaned, article); // an HTML record's page metadata; its own `published` comes first
    if (record.url !== undefined) article.url = record.url;
    const published = record.published ?? cleaned.published;
    if (published !== undefined) article.published = published;
    if (cleaned.byline !== undefined) article.byline = cleaned.byline;
    yield claimId(article, where, ctx);
  }
}

/** `-`: JSON Lines when the first non-blank character is "{", otherwise one text (or HTML) document. */
async function* readStdin(ctx: Context): AsyncGenerator<InputItem> {
  const iterator = ctx.stdin[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let firstByte: number | undefined;
  while (firstByte === undefined && size <= ctx.maxFileBytes) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    head.push(chunk);
    size += chunk.length;
    // Skip blanks and a UTF-8 byte order mark.
    firstByte = chunk.find(
      (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf,
    );
  }
  const rest: AsyncIterable<Uint8Array | string> = {
    [Symbol.asyncIterator]: () => iterator,
  };
  if (firstByte === 0x7b) {
    yield* readJsonLines(prepend(head, rest), 'stdin', 'stdin', ctx);
    return;
  }
  for await (const raw of rest) {
    if (size > ctx.maxFileBytes) break;
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    head.push(chunk);
    size += chunk.length;
  }
  if (size > ctx.maxFileBytes) {
    yield fail('stdin', `input is over the ${formatBytes(ctx.maxFileBytes)} size limit (maxFileBytes)`);
    return;
  }
  const bytes = Buffer.concat(head);
  // a page on stdin declares its encoding as a file does: sniffed on the bytes read as Latin-1
  const decoded = decodeDocument(
    bytes,
    sniffTextKind(Buffer.from(bytes.subarray(0, 512)).toString('latin1')),
  );
  yield decoded.ok
    ? toArticle(bytes, sniffTextKind(decoded.text), 'stdin', 'stdin', ctx)
    : fail('stdin', decoded.reason);
}

async function* prepend(
  head: Uint8Array[],
  rest: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  yield* head;
  yield* rest;
}

function claimId(article: Article, source: string, ctx: Context): InputItem {
  const earlier = ctx.ids.get(article.id);
  if (earlier !== undefined)
    return fail(source, `duplicate id "${article.id}" (already used by ${earlier}); skipped`);
  ctx.ids.set(article.id, source);
  return { ok: true, article };
}

/** The path relative to the root when inside it, else relative to the named input's directory. */
function idFor(abs: string, base: string, ctx: Context): string {
  const fromRoot = path.relative(ctx.root, abs);
  const rel =
    fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot)
      ? fromRoot
      : path.relative(base, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

/** How a path is shown to the user: relative to the working directory when inside it. */
function shown(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

function fail(source: string, reason: string): InputFailure {
  return { ok: false, source, reason };
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function fsReason(error: unknown): string {
  switch (code(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or directory';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return (error as Error).message.split('\n')[0];
  }
}

async function isLink(abs: string): Promise<boolean> {
  try {
    return (await lstat(abs)).isSymbolicLink();
  } catch {
    return false;
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
