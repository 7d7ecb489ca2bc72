/**
 * Limits on hostile folders, beyond readInputs.test.ts: link loops of every shape, a directory
 * without permission named directly, the exact file-size boundary, and an over-long sentence
 * capped on the way into the extractor. Each failure is one line naming the file; the rest is read.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleExtractor } from '../../../src/pipeline/createArticleExtractor.js';
import {
  describeFailure,
  readInputs,
  type InputItem,
  type ReadInputsOptions,
} from '../../../src/text/index.js';

let dir: string;
const at = (rel: string) => path.join(dir, rel);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-limits-'));
  mkdirSync(at('loops/a/b'), { recursive: true });
  writeFileSync(at('loops/a/b/story.txt'), 'Norvex Systems raised its forecast.');
  symlinkSync(at('loops/self.txt'), at('loops/self.txt')); // self.txt -> self.txt
  symlinkSync(at('loops/pong.txt'), at('loops/ping.txt')); // ping -> pong -> ping
  symlinkSync(at('loops/ping.txt'), at('loops/pong.txt'));
  symlinkSync(at('loops'), at('loops/a/b/up')); // a directory link to its grandparent
});

afterAll(() => {
  try {
    chmodSync(at('locked'), 0o755);
  } catch {
    // not created
  }
  rmSync(dir, { recursive: true, force: true });
});

async function collect(inputs: string[], options: ReadInputsOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, { root: dir, ...options })) items.push(item);
  return items;
}

const summary = (items: InputItem[]) =>
  items.map((item) => (item.ok ? `ok ${item.article.id}` : `fail ${describeFailure(item)}`));

/** How readInputs shows a path: relative to the working directory when inside it. */
const shown = (abs: string) => {
  const rel = path.relative(process.cwd(), abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
};

describe('input limits', () => {
  it('walks a folder with a self link, a two-link cycle and a link to an ancestor, reading each file once', async () => {
    expect(summary(await collect([at('loops')]))).toEqual([
      'ok loops/a/b/story.txt',
      `fail ${shown(at('loops/a/b/up'))}: symbolic link loop (leads back to ${shown(at('loops'))}); skipped`,
      `fail ${shown(at('loops/ping.txt'))}: symbolic link loop`,
      `fail ${shown(at('loops/pong.txt'))}: symbolic link loop`,
      `fail ${shown(at('loops/self.txt'))}: symbolic link loop`,
    ]);
  });

  it.each([
    ['loops/self.txt', 'symbolic link loop'],
    ['loops/ping.txt', 'symbolic link loop'],
  ])('names a looping link given on the command line: %s', async (rel, reason) => {
    expect(summary(await collect([at(rel)]))).toEqual([`fail ${at(rel)}: ${reason}`]);
  });

  it('starts a walk at a link to an ancestor and stops when it comes back round', async () => {
    const items = summary(await collect([at('loops/a/b/up')]));
    // the id is the path as walked (through the link), relative to the root
    expect(items.filter((line) => line.startsWith('ok'))).toEqual(['ok loops/a/b/up/a/b/story.txt']);
    expect(items.filter((line) => line.includes('leads back to'))).toHaveLength(1);
  });

  it('a directory without permission, named directly: one failure, or read when running as root', async () => {
    mkdirSync(at('locked'));
    writeFileSync(at('locked/memo.txt'), 'Felder Bank kept the memo private.');
    chmodSync(at('locked'), 0o000);
    // root (uid 0, as in many CI containers) bypasses permission bits: chmod 000 does not stop it
    // reading, so there the honest expectation is that the folder is read like any other.
    let permissionsApply = true;
    try {
      readFileSync(at('locked/memo.txt'));
      permissionsApply = false;
    } catch {
      // EACCES: not root, the mode bits apply
    }
    const items = summary(await collect([at('locked'), at('loops/a/b/story.txt')]));
    chmodSync(at('locked'), 0o755);
    expect(items).toEqual(
      permissionsApply
        ? [`fail ${shown(at('locked'))}: cannot list directory: permission denied`, 'ok loops/a/b/story.txt']
        : ['ok locked/memo.txt', 'ok loops/a/b/story.txt'],
    );
  });

  it.each([
    [99, 'ok size.txt'],
    [100, 'ok size.txt'],
    [101, `fail ${'size.txt'}: file is 101 bytes, over the 100 bytes size limit (maxFileBytes)`],
  ])('maxFileBytes 100, a file of %i bytes', async (bytes, expected) => {
    writeFileSync(at('size.txt'), `Brightwell grew. ${'x'.repeat(bytes - 17)}`);
    const items = await collect([at('size.txt')], { maxFileBytes: 100 });
    expect(summary(items).map((line) => line.replace(shown(at('size.txt')), 'size.txt'))).toEqual([expected]);
  });

  it('caps an over-long sentence at maxSentenceChars; offsets stay exact and the next sentence is still read', async () => {
    // One 30 KB "sentence" (a pasted table with no full stop), then a normal one.
    const table = Array.from({ length: 3000 }, (_, i) => `row${i}`).join(' | ');
    writeFileSync(
      at('long.txt'),
      `Quarterly figures\n\n${table}\nQadira Holdings has rejected a takeover offer from Norvex Systems.\n`,
    );
    const [item] = await collect([at('long.txt')]);
    if (!item.ok) throw new Error(describeFailure(item));
    const { sentences, doc } = createArticleExtractor([], 500).extract(item.article);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(500);
      expect(item.article.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(sentences.length).toBeGreaterThan(table.length / 500);
    expect(sentences.at(-1)?.text).toBe('Qadira Holdings has rejected a takeover offer from Norvex Systems.');
    expect(doc.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      'org:qadira-holdings REJECTED org:norvex-systems',
    );
  });
});
