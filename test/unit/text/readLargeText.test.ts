import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/text/decodeBytes.js';
import { cleanText, readInputs, splitSentences, type InputItem } from '../../../src/text/index.js';
import { readLargeText, type LargeTextOptions } from '../../../src/text/readLargeText.js';
import type { Article, Sentence } from '../../../src/types.js';

/**
 * The streaming reading of a large .txt/.md file must give what the whole-file reading
 * gives: the same sentences (text, index and offsets into the whole cleaned text), title and
 * byline, and the same failure (file name, reason, byte offset) for a bad file.
 * Sentences are invented, in the style of news.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-large-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enc = (s: string) => Buffer.from(s, 'utf8');

/** Deterministic news-like text of about `bytes` bytes, with varied line breaks and characters. */
function newsText(
  bytes: number,
  head = 'Norvex to buy Qadira Holdings in $2bn deal\nBy Jane Doe, Reuters\n\n',
): string {
  const subjects = ['Norvex Systems', 'Qadira Holdings', 'The Brightwell board', 'Mr. Tarsen', 'Lumora'];
  const verbs = ['agreed to buy', 'rejected a bid from', 'said it would partner with', 'sued', 'backed'];
  const tails = [
    'on Monday.',
    'in a deal worth $2.5bn, sources said.',
    '- a move analysts called “bold”.',
    'after talks in Zürich and 北京 stalled 😀.',
    'in the U.S. The shares rose 4%.',
  ];
  const breaks = [' ', ' ', '\n', '\n\n', '\r\n', '\n\n\n\n', ' ', '\u2028', '\n• ', '\n- '];
  const parts: string[] = [head];
  let size = Buffer.byteLength(head);
  for (let n = 1; size < bytes; n++) {
    const s = `${subjects[n % 5]} ${verbs[(n * 3) % 5]} ${subjects[(n + 2) % 5]} ${tails[(n * 7) % 5]}${breaks[(n * 11) % 10]}`;
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

/** Sentences of the whole cleaned text, the small-file way. */
function wholeFile(bytes: Uint8Array, kind: 'txt' | 'md') {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  const cleaned = cleanText(decoded.text, kind);
  return { ...cleaned, sentences: splitSentences(cleaned.text) };
}

/** The parts' sentences moved into the whole text, as a reader of the parts would. */
function partSentences(parts: Article[]): Sentence[] {
  return parts.flatMap((a) =>
    splitSentences(a.text).map((s) => ({
      index: s.index + a.part!.firstSentence,
      text: s.text,
      start: s.start + a.part!.offset,
      end: s.end + a.part!.offset,
    })),
  );
}

/** The bytes in chunks of `size`: boundaries fall inside characters, sentences and lines. */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function streamed(
  bytes: Uint8Array,
  kind: 'txt' | 'md',
  chunk: number,
  options: Partial<LargeTextOptions> = {},
): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const file = { open: () => chunked(bytes, chunk), id: `big.${kind}`, source: `big.${kind}`, kind };
  for await (const item of readLargeText(file, { partSentences: 7, blockBytes: 64, ...options }))
    items.push(item);
  return items;
}

const articles = (items: InputItem[]) => items.flatMap((i) => (i.ok ? [i.article] : []));
const failures = (items: InputItem[]) => items.flatMap((i) => (i.ok ? [] : [`${i.source}: ${i.reason}`]));

const lines = (...l: string[]) => l.join('\n');
const filler = (n: number) =>
  Array.from({ length: n }, (_, k) => `Lumora said sales rose ${k}% in the quarter. Its shares fell.`);

/** [name, kind, text]: each read in small chunks and blocks, compared with the whole-file reading. */
const documents: [string, 'txt' | 'md', string][] = [
  ['news text with CRLF, U+2028, bullets, curly quotes, dashes, emoji and CJK', 'txt', newsText(6_000)],
  [
    'kicker lines, chrome and blank runs at the top; closing byline',
    'txt',
    lines(
      'Business',
      '',
      '',
      'Share this:',
      'Acme wins contract',
      ...filler(12),
      '',
      '',
      'By John Roe, AP',
      '',
    ),
  ],
  [
    'byline as the sixth non-blank line, under a standfirst',
    'txt',
    lines(
      'Acme wins contract',
      'Shares jump on the news',
      '',
      'The deal ends a two-year search',
      'Analysts expect approval in March',
      'Talks began in 2022',
      'By Jane Doe, Reuters',
      ...filler(12),
    ),
  ],
  ['no headline: the first sentence is the title', 'txt', lines(...filler(14).map((l) => `${l} It said.`))],
  [
    'a short document (held whole)',
    'txt',
    lines('Acme wins contract', 'By Jane Doe', '', ...filler(3), 'By John Roe'),
  ],
  ['exactly ten non-blank lines and a closing byline', 'txt', lines(...filler(9), 'By John Roe')],
  [
    'byline among the last two lines, after a short last line',
    'txt',
    lines(...filler(20), 'By Jane Doe', 'Ends.'),
  ],
  [
    'Markdown: # title, links, emphasis, fences, rules, setext headings',
    'md',
    lines(
      '# Tarsen wins *$2bn* contract',
      '',
      ...filler(6).map((l) => `${l} See [the filing](https://example.com/f).`),
      '```',
      'code stays as text',
      '```',
      'Second heading',
      '==============',
      '***',
      ...filler(8).map((l) => `**${l}**`),
      'Another part',
      '------------',
      ...filler(4),
    ),
  ],
  [
    'Markdown: the title comes after blank lines, a setext title',
    'md',
    lines('', '', 'Velmora cuts jobs', '=================', '', ...filler(15)),
  ],
];

describe('readLargeText: the same sentences as the whole-file reading', () => {
  it.each(documents)('%s', async (_name, kind, text) => {
    const bytes = enc(text);
    const whole = wholeFile(bytes, kind);
    for (const chunk of [1, 5, 4096]) {
      const items = await streamed(bytes, kind, chunk);
      expect(failures(items)).toEqual([]);
      const parts = articles(items);
      expect(partSentences(parts)).toEqual(whole.sentences);
      for (const part of parts) {
        expect(whole.text.slice(part.part!.offset, part.part!.offset + part.text.length)).toBe(part.text);
        expect(part.title).toBe(whole.title);
      }
      expect(parts.at(-1)?.byline).toBe(whole.byline);
    }
  });

  it('reads a generated 2 MB file through readInputs in parts, the same as the whole-file reading', async () => {
    const text = newsText(2 * 1024 * 1024);
    const file = path.join(dir, 'dump.txt');
    writeFileSync(file, text);
    const bytes = enc(text);
    const whole = wholeFile(bytes, 'txt');
    const read = async () => {
      const items: InputItem[] = [];
      const options = { root: dir, streamAboveBytes: 1024 * 1024, maxFileBytes: 1 << 30, partSentences: 100 };
      for await (const item of readInputs([file], options)) items.push(item);
      return items;
    };
    const items = await read();
    expect(failures(items)).toEqual([]);
    const parts = articles(items);
    expect(parts.length).toBeGreaterThan(100);
    expect(partSentences(parts)).toEqual(whole.sentences);
    const sha = createHash('sha256').update(bytes).digest('hex');
    parts.forEach((part, k) => {
      expect(part).toMatchObject({
        id: `dump.txt#part-${String(k + 1).padStart(4, '0')}`,
        title: 'Norvex to buy Qadira Holdings in $2bn deal',
        byline: 'Jane Doe, Reuters',
        sha256: sha,
      });
      expect(part.part).toMatchObject({ of: 'dump.txt', number: k + 1 });
    });
    // Deterministic: a second reading gives the same ids, offsets and hashes (re-ingest skips them).
    expect(articles(await read())).toEqual(parts);
  });

  it('cuts a line longer than maxLineBytes at a sentence end, keeping every sentence and offset', async () => {
    const text = lines('Acme wins contract', filler(400).join(' '), 'The end came.');
    const bytes = enc(text);
    const whole = wholeFile(bytes, 'txt');
    for (const chunk of [3, 1000]) {
      const items = await streamed(bytes, 'txt', chunk, { maxLineBytes: 1000, partSentences: 50 });
      expect(partSentences(articles(items))).toEqual(whole.sentences);
    }
  });
});

/** [name, bytes]: the bad byte sits in the middle, at a chunk boundary, or at the end. */
const valid = enc(newsText(300_000, 'Acme wins contract\n'));
const at = 200_001;
const bad: [string, Uint8Array][] = [
  [
    'a Latin-1 byte in the middle',
    Buffer.concat([valid.subarray(0, at), Uint8Array.of(0xe9), valid.subarray(at)]),
  ],
  [
    'a three-byte character cut short across a chunk boundary',
    Buffer.concat([valid.subarray(0, 4095), Uint8Array.of(0xe2, 0x82), valid.subarray(4095)]),
  ],
  [
    'an overlong encoding',
    Buffer.concat([valid.subarray(0, at), Uint8Array.of(0xc0, 0x80), valid.subarray(at)]),
  ],
  [
    'a surrogate encoded in UTF-8',
    Buffer.concat([valid.subarray(0, at), enc('x'), Uint8Array.of(0xed, 0xa0, 0x80)]),
  ],
  ['a four-byte character cut short at the end', Buffer.concat([valid, Uint8Array.of(0xf0, 0x9f, 0x98)])],
  [
    'a NUL byte after the first 64 KB',
    Buffer.concat([valid.subarray(0, at), Uint8Array.of(0), valid.subarray(at)]),
  ],
  [
    'a NUL byte in the first 64 KB',
    Buffer.concat([valid.subarray(0, 100), Uint8Array.of(0), valid.subarray(100)]),
  ],
  ['UTF-16', Buffer.concat([Uint8Array.of(0xff, 0xfe), valid])],
  ['only whitespace', enc(' \n'.repeat(40_000))],
];

describe('readLargeText: a bad file is one failure with the same reason and offset, and no parts', () => {
  it.each(bad)('%s', async (_name, bytes) => {
    const expected = decodeBytes(bytes);
    if (expected.ok) throw new Error('the test file should be bad');
    for (const chunk of [4096, 65_537]) {
      expect(failures(await streamed(bytes, 'txt', chunk))).toEqual([`big.txt: ${expected.reason}`]);
      expect(articles(await streamed(bytes, 'txt', chunk))).toEqual([]);
    }
  });

  it('names the file and the byte offset through readInputs', async () => {
    const file = path.join(dir, 'broken.txt');
    writeFileSync(file, bad[0][1]);
    const items: InputItem[] = [];
    for await (const item of readInputs([file], { root: dir, streamAboveBytes: 1000, maxFileBytes: 1 << 30 }))
      items.push(item);
    expect(items).toHaveLength(1);
    expect(failures(items)[0]).toMatch(
      /broken\.txt: not valid UTF-8 \(byte 0xE9 at offset 200001\); convert the file to UTF-8$/,
    );
  });

  it('reads HTML whole (not streamed) and still refuses a file over maxFileBytes', async () => {
    writeFileSync(path.join(dir, 'page.html'), `<h1>Velmora cuts jobs</h1><p>${filler(50).join(' ')}</p>`);
    const items: InputItem[] = [];
    const options = { root: dir, streamAboveBytes: 100, maxFileBytes: 10_000 };
    for await (const item of readInputs([path.join(dir, 'page.html'), path.join(dir, 'dump.txt')], options))
      items.push(item);
    expect(articles(items).map((a) => [a.id, a.part])).toEqual([['page.html', undefined]]);
    expect(failures(items)).toEqual([
      expect.stringMatching(/dump\.txt: file is 2 MB, over the 9\.8 KB size limit \(maxFileBytes\)$/),
    ]);
  });
});
