import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { addSummaries } from '../../../src/pipeline/addSummaries.js';
import { changeQueue } from '../../../src/pipeline/changeQueue.js';
import { createArticleExtractor } from '../../../src/pipeline/createArticleExtractor.js';
import { formatWatchLine, type WatchEvent } from '../../../src/pipeline/formatWatchLine.js';
import { emptySummary, type ArticleDone } from '../../../src/pipeline/types.js';
import { watchInputs } from '../../../src/pipeline/watchInputs.js';
import { waitFor } from '../../support/waitFor.js';

describe('formatWatchLine', () => {
  const article = (over: Partial<ArticleDone>): WatchEvent => ({
    kind: 'article',
    article: { id: 'inbox/a.txt', source: 'inbox/a.txt', kind: 'new', sentences: 12, relations: 3, ...over },
  });
  const cases: Array<[WatchEvent, string]> = [
    [
      { kind: 'watching', inputs: ['inbox', '/srv/wire'] },
      'watch: watching inbox, /srv/wire for new and changed files (Ctrl-C to stop)',
    ],
    [article({}), 'watch: inbox/a.txt: new, 12 sentences, 3 relations'],
    [
      article({ kind: 'updated', sentences: 1, relations: 1 }),
      'watch: inbox/a.txt: updated, 1 sentence, 1 relation',
    ],
    [article({ kind: 'skipped', sentences: 0, relations: 0 }), 'watch: inbox/a.txt: unchanged, skipped'],
    // outside the working directory the source is absolute and the id relative to the watched directory
    [
      article({ id: 'a.txt', source: '/srv/wire/a.txt' }),
      'watch: /srv/wire/a.txt: new, 12 sentences, 3 relations',
    ],
    [
      article({ id: 'wire-7', source: 'inbox/feed.jsonl', relations: 0 }),
      'watch: inbox/feed.jsonl (wire-7): new, 12 sentences, 0 relations',
    ],
    [
      { kind: 'deleted', source: 'inbox/a.txt' },
      'watch: inbox/a.txt: deleted; its articles stay in the graph',
    ],
    [
      { kind: 'watcherError', reason: 'ENOSPC: System limit for number of file watchers reached' },
      'kg: watch: ENOSPC: System limit for number of file watchers reached',
    ],
  ];
  it.each(cases)('%j', (event, line) => {
    expect(formatWatchLine(event)).toBe(line);
  });
});

describe('addSummaries', () => {
  it('adds the counts, keeps the failures in order, and holds interrupted if either round was', () => {
    const a = { ...emptySummary(false), sentences: 5, entities: 3, relations: 2, claims: 2, peakRssMB: 90 };
    a.articles = { new: 2, updated: 0, skipped: 1, failed: 1 };
    a.failures = [{ source: 'inbox/x.html', reason: 'empty file' }];
    const b = { ...emptySummary(false), sentences: 4, entities: 5, relations: 1, claims: 3, peakRssMB: 80 };
    b.articles = { new: 0, updated: 1, skipped: 0, failed: 1 };
    b.failures = [{ source: 'inbox/y.jsonl:2', reason: 'invalid JSON' }];
    b.interrupted = true;
    a.urls = { fetched: 2, notModified: 1 };
    b.urls = { fetched: 1, notModified: 3 };
    expect(addSummaries(a, b)).toEqual({
      ...emptySummary(false),
      articles: { new: 2, updated: 1, skipped: 1, failed: 2 },
      urls: { fetched: 3, notModified: 4 },
      sentences: 9,
      entities: 5,
      relations: 3,
      claims: 5,
      failures: [...a.failures, ...b.failures],
      peakRssMB: 90,
      interrupted: true,
    });
  });
});

describe('changeQueue', () => {
  it('hands out the files changed in a burst once, sorted, after the quiet period', async () => {
    const queue = changeQueue(100);
    const started = Date.now();
    queue.add('b.txt');
    await sleep(50);
    queue.add('a.txt');
    queue.add('b.txt'); // saved twice: read once
    queue.add('gone.txt');
    queue.remove('gone.txt'); // deleted before its round: not read
    expect(await queue.next()).toEqual(['a.txt', 'b.txt']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140); // 100 ms after the last change
    queue.close();
  });

  it('returns nothing when the signal aborts while it waits', async () => {
    const queue = changeQueue(50);
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    expect(await queue.next(abort.signal)).toEqual([]);
    queue.close();
  });
});

// The watcher on a real directory, in a dry run (nothing written; the graph side is
// test/integration/watch.test.ts): what is there first, then new files, a file written slowly, a deletion.
describe('watchInputs (dry run)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-watch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests what is there, then each new or changed file once its size is stable; reports deletions', async () => {
    writeFileSync(path.join(dir, 'first.txt'), 'Halden Capital bought a stake in Norvex on Monday.\n');
    const events: WatchEvent[] = [];
    const abort = new AbortController();
    const run = watchInputs([dir], null, createArticleExtractor([]), {
      batchSize: 5,
      dryRun: true,
      lexiconFiles: [],
      signal: abort.signal,
      debounceMs: 100,
      stableMs: 400,
      onEvent: (event) => events.push(event),
      onArticle: (article) => events.push({ kind: 'article', article }),
    });
    const lines = () => events.map(formatWatchLine);
    await waitFor('the watch to start', () => lines().some((l) => l.startsWith('watch: watching')));
    expect(lines()[0]).toMatch(/first\.txt: new, 1 sentence, \d+ relations?$/);

    // written in five pieces 150 ms apart (less than stableMs): read once, whole
    const slow = path.join(dir, 'slow.md');
    writeFileSync(slow, '# Qadira grows\n\n');
    for (const name of ['Norvex', 'Tarsen', 'Lumora', 'Velmora']) {
      await sleep(150);
      appendFileSync(slow, `Qadira Holdings signed a deal with ${name}. `);
    }
    writeFileSync(path.join(dir, '.draft.txt'), 'Hidden files are not read.');
    writeFileSync(path.join(dir, 'notes.pdf'), 'Unsupported files are not read.');
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'later.txt'), 'Ana Ruiz leads Norvex.\n');
    await waitFor(
      'slow.md and sub/later.txt',
      () => lines().some((l) => l.includes('slow.md')) && lines().some((l) => l.includes('later.txt')),
    );
    expect(lines().filter((l) => l.includes('slow.md'))).toEqual([
      expect.stringMatching(/slow\.md: new, 5 sentences, \d+ relations$/),
    ]);

    rmSync(path.join(dir, 'first.txt'));
    await waitFor('the deletion line', () => lines().some((l) => l.includes('deleted')));

    // a bad document dropped into the folder: its one "kg: <source>: <reason>" line, and the watch goes on
    const stderr: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      if (String(chunk).startsWith('kg: ')) stderr.push(String(chunk));
      return true;
    });
    try {
      writeFileSync(
        path.join(dir, 'page.html'),
        '<meta charset="x-klingon"><h1>Tessel</h1><p>Tessel grew.</p>',
      );
      await waitFor('the failure line', () => stderr.length > 0);
      await sleep(200);
    } finally {
      spy.mockRestore();
    }
    expect(stderr).toEqual([expect.stringMatching(/^kg: \S*page\.html: unknown encoding "x-klingon"\n$/)]);
    abort.abort();
    const summary = await run;
    expect(
      lines()
        .slice(1)
        .filter((l) => !l.startsWith('watch: watching')),
    ).toEqual([
      expect.stringMatching(/slow\.md: new/),
      expect.stringMatching(/sub[/\\]later\.txt: new, 1 sentence, \d+ relations?$/),
      expect.stringMatching(/first\.txt: deleted; its articles stay in the graph$/),
    ]);
    expect(summary.articles).toEqual({ new: 3, updated: 0, skipped: 0, failed: 1 });
    expect(summary.interrupted).toBe(false); // stopped while idle: nothing left undone
  });

  it('refuses an input that cannot be watched', async () => {
    const options = { batchSize: 5, dryRun: true, lexiconFiles: [] };
    await expect(watchInputs(['-'], null, createArticleExtractor([]), options)).rejects.toThrow(
      '--watch: -: not an existing directory or file (stdin and glob patterns cannot be watched)',
    );
    await expect(watchInputs([`${dir}/*.txt`], null, createArticleExtractor([]), options)).rejects.toThrow(
      'stdin and glob patterns cannot be watched',
    );
  });
});
