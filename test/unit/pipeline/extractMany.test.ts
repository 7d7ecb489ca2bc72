import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleExtractor, ExtractionOutcome } from '../../../src/pipeline/articleExtractor.js';
import { createArticleExtractor } from '../../../src/pipeline/createArticleExtractor.js';
import { createWorkerExtractor, WORKER_GROUP } from '../../../src/pipeline/createWorkerExtractor.js';
import type { Article } from '../../../src/types.js';
import { nlpCorpus } from '../../../scripts/bench/corpora.js';

const article = (id: string, text: string): Article => ({ id, title: '', text, sha256: id });

// The sample articles, and short invented news whose candidate sentences share compromise calls.
const ARTICLES: Article[] = [
  ...readdirSync('data/articles')
    .sort()
    .map((file) => article(file, readFileSync(`data/articles/${file}`, 'utf8'))),
  article('a.txt', 'Qadira Holdings agreed to buy Norvex Systems for $2 billion, Norvex said on Monday.'),
  article('b.txt', 'Regulators in Brussels rejected the bid by Felder Bank.\nJane Doe leads Felder Bank.'),
  article('c.txt', 'Shares fell. Nothing else happened today.'),
  article('d.txt', 'Zentro Group partnered with Lumix Labs. Lumix Labs is owned by Arden Capital.'),
  article('e.txt', ''),
];

// Not a string: splitting it throws, in the shared pass and alone.
const BROKEN = article('broken.txt', undefined as unknown as string);

const sync = createArticleExtractor([]);
const alone = ARTICLES.map((a) => sync.extract(a));
const workers = createWorkerExtractor(2, { lexiconFiles: [] });
afterAll(() => workers.close?.());

const results = (outcomes: ExtractionOutcome[]) => outcomes.map((o) => (o.ok ? o.result : o.error));

// [name, extractor]
const EXTRACTORS: [string, ArticleExtractor][] = [
  ['in process', sync],
  [`2 worker threads, groups of ${WORKER_GROUP}`, workers],
];

describe('extracting several articles at once', () => {
  it.each(EXTRACTORS)(
    '%s: each article gets what it gets alone',
    async (_name, extractor) => {
      expect(results(await extractor.extractMany(ARTICLES))).toEqual(alone);
    },
    120_000,
  );

  it.each(EXTRACTORS)(
    '%s: a broken article fails alone; the others are extracted',
    async (_name, extractor) => {
      const outcomes = await extractor.extractMany([...ARTICLES.slice(0, 6), BROKEN, ...ARTICLES.slice(6)]);
      expect(outcomes[6]).toEqual({ ok: false, error: expect.any(String) });
      outcomes.splice(6, 1);
      expect(results(outcomes)).toEqual(alone);
    },
    120_000,
  );

  it.each(EXTRACTORS)(
    '%s: extract() of one article gives the same as in a batch',
    async (_name, extractor) => {
      expect(await extractor.extract(ARTICLES[6])).toEqual(alone[6]);
    },
    120_000,
  );
});

describe('a worker out of heap', () => {
  it('hands its group to the main thread, which extracts it as alone; the replaced worker goes on', async () => {
    // 40 MB of heap is enough for a worker to start and for ordinary news; an article of 300 KB
    // (invented news, repeated) is not: the group comes back extracted all the same
    const handed: Article[] = [];
    const pool = createWorkerExtractor(
      1,
      { lexiconFiles: [] },
      { heapMB: 40, onHeapExhausted: (g) => handed.push(...g) },
    );
    const large = article(
      'large.txt',
      `${ARTICLES.slice(-5, -1)
        .map((a) => a.text)
        .join('\n\n')}\n\n`.repeat(1200),
    );
    try {
      const [outcome] = await pool.extractMany([large]);
      expect(handed.map((a) => a.id)).toEqual(['large.txt']);
      expect(outcome).toEqual({ ok: true, result: sync.extract(large) });
      expect(results(await pool.extractMany(ARTICLES.slice(-5)))).toEqual(alone.slice(-5));
      expect(handed).toHaveLength(1);
    } finally {
      await pool.close?.();
    }
  }, 300_000);
});

describe('sentences compromise would join', () => {
  it('nlp-corpus documents with open quotation marks: each gets in a batch what it gets alone', () => {
    // documents 960-989 of the first 30,000 nlp-corpus sentences: three of their sentences leave a
    // quotation mark open ('... I used the bathroom." -A. M'), and compromise carried them over the
    // blank line into the next sentence of the shared parse; one document then differed
    const docs = nlpCorpus(30_000).articles.slice(960, 990);
    const batch = sync.extractMany(docs) as ExtractionOutcome[];
    expect(results(batch)).toEqual(docs.map((d) => sync.extract(d)));
  }, 120_000);
});
