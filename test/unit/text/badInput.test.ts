import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure, readInputs, type InputItem } from '../../../src/text/index.js';

// Issue 17, "Bad input": each bad document is ONE failure naming it and saying why; the documents
// beside it are still read. [file, content, the one failure line (describeFailure, without the dir)]
const BAD: Array<[string, string | Uint8Array, string]> = [
  [
    'headline-only.html',
    '<html><head><title>Norvex grows | Daily Meridian</title></head><body><nav><a href="/">Home</a></nav>' +
      '<h1>Norvex grows</h1><footer>© 2025 Daily Meridian</footer></body></html>',
    'headline-only.html: no article text left after removing markup and page chrome',
  ],
  [
    'menu-only.html',
    '<html><head><title>Daily Meridian</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a>' +
      '</nav><footer>© 2025 Daily Meridian. All rights reserved.</footer></body></html>',
    'menu-only.html: no article text left after removing markup and page chrome',
  ],
  [
    'klingon.html',
    '<html><head><meta charset="x-klingon"><title>Tessel</title></head><body><h1>Tessel</h1><p>Tessel grew.</p></body></html>',
    'klingon.html: unknown encoding "x-klingon"',
  ],
  [
    'archive.html',
    Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00),
    'archive.html: binary file (NUL byte at offset 4); expected UTF-8 text',
  ],
  ['empty.md', '', 'empty.md: empty file'],
  [
    'wire.jsonl',
    '{"id":"wire-ok","text":"Halden Capital bought a stake in Norvex."}\n{"id": "wire-bad", "text": \n',
    'wire.jsonl:2: invalid JSON (Unexpected end of JSON input)',
  ],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bad-'));
  for (const [name, content] of BAD) writeFileSync(path.join(dir, name), content);
  writeFileSync(path.join(dir, 'good.txt'), 'Qadira Holdings rejected an offer from Norvex on Monday.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, { root: dir })) items.push(item);
  return items;
}

describe('bad input: one line naming the source and the reason, the rest is read', () => {
  it.each(BAD)('%s', async (name, _content, line) => {
    const items = await read([path.join(dir, name), path.join(dir, 'good.txt')]);
    const failures = items.filter((item) => !item.ok);
    expect(failures.map((f) => path.basename(describeFailure(f)))).toEqual([line]);
    const ids = items.flatMap((item) => (item.ok ? [item.article.id] : []));
    expect(ids).toEqual(name === 'wire.jsonl' ? ['wire-ok', 'good.txt'] : ['good.txt']);
  });

  it('all of them in one directory: one failure each, and the good documents read', async () => {
    const items = await read([dir]);
    const failures = items.flatMap((item) => (item.ok ? [] : [path.basename(describeFailure(item))]));
    expect(failures.sort()).toEqual(BAD.map(([, , line]) => line).sort());
    const ids = items.flatMap((item) => (item.ok ? [item.article.id] : []));
    expect(ids.sort()).toEqual(['good.txt', 'wire-ok']);
  });
});
