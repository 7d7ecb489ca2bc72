import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeFailure,
  readInputs,
  type InputItem,
  type ReadInputsOptions,
} from '../../../src/text/index.js';

let dir: string;

/** Files written for these tests; sentences are invented, in the style of news. */
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-text-'));
  const put = (rel: string, content: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  };
  put('news/b.txt', 'Lumora to buy Brightwell\n\nLumora agreed to buy Brightwell for $4bn.\n');
  put('news/a.md', '# Tarsen wins contract\n\nTarsen won a $2bn defence contract.\n');
  put('news/sub/c.html', '<h1>Velmora cuts jobs</h1><p>Velmora will cut 300 jobs.</p>');
  put('news/notes.pdf', '%PDF-1.4 not ours');
  put('news/.hidden.txt', 'Hidden files are skipped.');
  put('bad/empty.txt', '');
  put('bad/blank.txt', '  \n\n ');
  put('bad/binary.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00]));
  put('bad/latin1.txt', Uint8Array.from(Buffer.from('Qadira opened a caf\xe9 in Lyon.', 'latin1')));
  put('bad/chrome.html', '<nav>Home</nav><p>Advertisement</p>');
  put('big/large.txt', `Norvex grew.\n${'Norvex shares rose again. '.repeat(20)}`);
  put('feed.jsonl', jsonl());
  put('explicit.pdf', 'not a supported type');
  mkdirSync(path.join(dir, 'links'));
  put('links/real/d.txt', 'Qadira Holdings raised its forecast.');
  symlinkSync(path.join(dir, 'links'), path.join(dir, 'links/real/loop')); // links/real/loop -> links
  symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'links/dangling.txt'));
});

afterAll(() => {
  if (existsSync(path.join(dir, 'locked/inner'))) chmodSync(path.join(dir, 'locked/inner'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function jsonl(): string {
  return [
    JSON.stringify({
      id: 'wire-1',
      title: 'Qadira bids for Lumora',
      text: 'Qadira made an offer for Lumora.',
      url: 'https://example.com/1',
      published: '2024-03-12',
    }),
    '{"id": "wire-2", "text": ',
    '',
    JSON.stringify({ id: 'wire-3', title: 'No text here' }),
    JSON.stringify({ id: 7, text: 'Brightwell appointed a new chair.' }),
    JSON.stringify({ text: 'A record without an id.' }),
    JSON.stringify({ id: 'wire-1', text: 'Same id again.' }),
    '[1, 2, 3]',
  ].join('\n');
}

async function collect(inputs: string[], options: ReadInputsOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, { root: dir, ...options })) items.push(item);
  return items;
}

function summary(items: InputItem[]): string[] {
  return items.map((item) =>
    item.ok ? `ok ${item.article.id}` : `fail ${path.basename(item.source)}: ${item.reason}`,
  );
}

describe('readInputs', () => {
  it('walks a directory recursively in sorted order, skipping hidden files and unsupported extensions', async () => {
    const items = await collect([path.join(dir, 'news')]);
    expect(summary(items)).toEqual(['ok news/a.md', 'ok news/b.txt', 'ok news/sub/c.html']);
    const [md, txt, html] = items.map((item) => (item.ok ? item.article : undefined));
    expect(md).toMatchObject({
      title: 'Tarsen wins contract',
      text: 'Tarsen wins contract\n\nTarsen won a $2bn defence contract.',
    });
    expect(txt?.title).toBe('Lumora to buy Brightwell');
    expect(txt?.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(path.join(dir, 'news/b.txt')))
        .digest('hex'),
    );
    expect(html).toMatchObject({
      title: 'Velmora cuts jobs',
      text: 'Velmora cuts jobs\n\nVelmora will cut 300 jobs.',
    });
  });

  it('gives one clear failure per bad file and still reads the others', async () => {
    const items = await collect([path.join(dir, 'bad'), path.join(dir, 'news/b.txt')]);
    expect(summary(items)).toEqual([
      'fail binary.txt: binary file (NUL byte at offset 4); expected UTF-8 text',
      'fail blank.txt: empty file (only whitespace)',
      'fail chrome.html: no article text left after removing markup and page chrome',
      'fail empty.txt: empty file',
      'fail latin1.txt: not valid UTF-8 (byte 0xE9 at offset 19); convert the file to UTF-8',
      'ok news/b.txt',
    ]);
    const failure = items[0];
    if (failure.ok) throw new Error('expected a failure');
    expect(describeFailure(failure)).toMatch(/bad[/\\]binary\.txt: binary file/);
  });

  it('refuses a file over maxFileBytes with the limit in the message', async () => {
    const items = await collect([path.join(dir, 'big/large.txt'), path.join(dir, 'news/b.txt')], {
      maxFileBytes: 100,
    });
    const size = statSync(path.join(dir, 'big/large.txt')).size;
    expect(summary(items)).toEqual([
      `fail large.txt: file is ${size} bytes, over the 100 bytes size limit (maxFileBytes)`,
      'ok news/b.txt',
    ]);
  });

  it('refuses an explicitly named unsupported file and a missing path', async () => {
    const items = await collect([path.join(dir, 'explicit.pdf'), path.join(dir, 'nope.txt')]);
    expect(summary(items)).toEqual([
      'fail explicit.pdf: unsupported file type (expected .txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .rss, .atom, .xml)',
      'fail nope.txt: no such file or directory',
    ]);
  });

  it('reports a directory symlink loop and a dangling symlink, and reads the rest', async () => {
    const items = await collect([path.join(dir, 'links')]);
    expect(summary(items)).toEqual([
      'fail dangling.txt: broken symbolic link (its target does not exist)',
      'ok links/real/d.txt',
      `fail loop: symbolic link loop (leads back to ${path.relative(process.cwd(), path.join(dir, 'links')).startsWith('..') ? path.join(dir, 'links') : path.relative(process.cwd(), path.join(dir, 'links'))}); skipped`,
    ]);
  });

  it('expands glob patterns, sorted, keeping only supported files', async () => {
    const items = await collect([
      `${dir.split(path.sep).join('/')}/news/**/*.{txt,html,pdf}`,
      `${dir.split(path.sep).join('/')}/nothing/*.md`,
    ]);
    expect(summary(items)).toEqual([
      'ok news/b.txt',
      'ok news/sub/c.html',
      'fail *.md: no files match this pattern',
    ]);
  });

  it('reads a file named twice only once', async () => {
    const file = path.join(dir, 'news/b.txt');
    expect(summary(await collect([file, file]))).toEqual(['ok news/b.txt']);
  });

  it('makes ids relative to the root, or to the named directory for files outside it', async () => {
    const items = await collect([path.join(dir, 'news/sub')], { root: path.join(dir, 'elsewhere') });
    expect(summary(items)).toEqual(['ok c.html']);
  });

  it('reads JSON Lines: good records become articles, each bad line is one failure naming file:line', async () => {
    const items = await collect([path.join(dir, 'feed.jsonl')]);
    const lines = summary(items);
    expect(lines.length).toBe(7);
    expect(lines.slice(0, 5)).toEqual([
      'ok wire-1',
      `fail feed.jsonl:2: invalid JSON (${jsonError('{"id": "wire-2", "text": ')})`,
      'fail feed.jsonl:4: missing "text" string',
      'ok 7',
      'ok feed.jsonl:6',
    ]);
    expect(lines[5]).toMatch(
      /^fail feed\.jsonl:7: duplicate id "wire-1" \(already used by \S*feed\.jsonl:1\); skipped$/,
    );
    expect(lines[6]).toBe(
      'fail feed.jsonl:8: expected a JSON object {"id","title","text","url","published"}',
    );
    const first = items[0].ok ? items[0].article : undefined;
    expect(first).toMatchObject({
      id: 'wire-1',
      title: 'Qadira bids for Lumora',
      text: 'Qadira bids for Lumora\nQadira made an offer for Lumora.',
      url: 'https://example.com/1',
      published: '2024-03-12',
      // of the record's fields that reach the graph, in a fixed order (jsonLineSha256)
      sha256: createHash('sha256')
        .update(
          '["wire-1","Qadira bids for Lumora","Qadira made an offer for Lumora.","https://example.com/1","2024-03-12"]',
        )
        .digest('hex'),
    });
  });

  it('refuses a JSON Lines record over the size limit and goes on with the next line', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x '.repeat(200) });
    const stdin = Readable.from([`${long}\n${JSON.stringify({ id: 'short', text: 'Tarsen fell.' })}\n`]);
    expect(summary(await collect(['-'], { stdin, maxFileBytes: 100 }))).toEqual([
      `fail stdin:1: record is ${Buffer.byteLength(long)} bytes, over the 100 bytes size limit (maxFileBytes)`,
      'ok short',
    ]);
  });

  it('reads plain text from stdin as one article with id "stdin"', async () => {
    const stdin = Readable.from([
      Buffer.from('Norvex names new chief\n\nNorvex named a new chief '),
      Buffer.from('executive on Monday.\n'),
    ]);
    const items = await collect(['-'], { stdin });
    expect(items).toEqual([
      {
        ok: true,
        article: {
          id: 'stdin',
          title: 'Norvex names new chief',
          text: 'Norvex names new chief\n\nNorvex named a new chief executive on Monday.',
          sha256: createHash('sha256')
            .update('Norvex names new chief\n\nNorvex named a new chief executive on Monday.\n')
            .digest('hex'),
        },
      },
    ]);
  });

  // [what arrives on stdin, the article's title and text]: a page declares its encoding as a file does
  const STDIN_PAGES: Array<[string, Buffer, string]> = [
    [
      'Windows-1252 declared by <meta charset>',
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"><title>x</title></head><body><h1>Rado'),
        Uint8Array.of(0x9a),
        Buffer.from(' Foods sold</h1><p>Rado'),
        Uint8Array.of(0x9a),
        Buffer.from(' Foods was sold.</p></body></html>'),
      ]),
      'Rado\u0161 Foods sold\n\nRado\u0161 Foods was sold.',
    ],
    [
      'UTF-16LE with a byte order mark',
      Buffer.concat([
        Uint8Array.of(0xff, 0xfe),
        Buffer.from('<html><body><h1>Pexo grows</h1><p>Pexo grew.</p></body></html>', 'utf16le'),
      ]),
      'Pexo grows\n\nPexo grew.',
    ],
  ];
  it.each(STDIN_PAGES)('reads a web page from stdin: %s', async (_name, bytes, text) => {
    const items = await collect(['-'], { stdin: Readable.from([bytes]) });
    expect(items.map((item) => (item.ok ? item.article.text : item.reason))).toEqual([text]);
  });

  it("keeps the page metadata of an HTML JSON Lines record; the record's own date comes first", async () => {
    const page =
      '<html lang="en"><head><meta property="og:site_name" content="Meridian Wire"><meta name="author" content="Ana Ruiz">' +
      '<meta property="article:published_time" content="2025-01-02"></head><body><h1>Lumo grows</h1><p>Lumo grew.</p></body></html>';
    const stdin = Readable.from([`${JSON.stringify({ id: 'p1', text: page, published: '2025-01-03' })}\n`]);
    const [item] = await collect(['-'], { stdin });
    expect(item.ok && item.article).toMatchObject({
      id: 'p1',
      title: 'Lumo grows',
      published: '2025-01-03',
      authors: ['Ana Ruiz'],
      publisher: 'Meridian Wire',
      language: 'en',
    });
  });

  it('detects JSON Lines on stdin and reports empty stdin', async () => {
    const stdin = Readable.from(['\n  {"id":"s1","text":"Velmora rose."}\n{"text":"Lumora fell."}\n']);
    expect(summary(await collect(['-'], { stdin }))).toEqual(['ok s1', 'ok stdin:3']);
    expect(summary(await collect(['-'], { stdin: Readable.from([]) }))).toEqual(['fail stdin: empty file']);
  });

  it('reports an unreadable file and directory, or reads them when running as root (chmod does not stop root)', async () => {
    mkdirSync(path.join(dir, 'locked/inner'), { recursive: true });
    writeFileSync(path.join(dir, 'locked/secret.txt'), 'Brightwell kept the report private.');
    writeFileSync(path.join(dir, 'locked/inner/x.txt'), 'Tarsen hid nothing.');
    chmodSync(path.join(dir, 'locked/secret.txt'), 0o000);
    chmodSync(path.join(dir, 'locked/inner'), 0o000);
    let permissionsApply = true;
    try {
      readFileSync(path.join(dir, 'locked/secret.txt'));
      permissionsApply = false;
    } catch {
      // EACCES: this user is not root
    }
    const items = summary(await collect([path.join(dir, 'locked')]));
    chmodSync(path.join(dir, 'locked/inner'), 0o755);
    chmodSync(path.join(dir, 'locked/secret.txt'), 0o644);
    if (permissionsApply) {
      expect(items).toEqual([
        'fail inner: cannot list directory: permission denied',
        'fail secret.txt: cannot open file: permission denied',
      ]);
    } else {
      expect(items).toEqual(['ok locked/inner/x.txt', 'ok locked/secret.txt']);
    }
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}
