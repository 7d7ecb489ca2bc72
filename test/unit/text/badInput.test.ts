import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure, readInputs, type InputItem } from '../../../src/text/index.js';
import { BAD } from '../../support/badInputs.js';

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
