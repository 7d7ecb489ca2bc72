/**
 * The share of extraction time the event-time step takes (docs/event-time.md): extract each document,
 * then time the step again on its output. Reads ../shared/dev-eval and ../shared/gum-dev when present.
 *   npx tsx scripts/measure-event-time-cost.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocuments } from '../src/extract/extractDocument.js';
import { withEventTimes } from '../src/extract/eventTimes.js';
import { toSentenceTokens } from '../src/entities/docTokens.js';
import { compileLexicon } from '../src/lexicon/compileLexicon.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { splitSentences } from '../src/text/index.js';
import { nlpCorpus } from './bench/corpora.js';
import type { Article } from '../src/types.js';
const lexicon = loadLexicon();
const lx = compileLexicon(lexicon);
const dirs = ['../shared/dev-eval/articles', '../shared/gum-dev/articles', 'data/articles'];
const news: Article[] = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({
        id: f,
        title: '',
        text: readFileSync(join(d, f), 'utf8'),
        sha256: '',
        published: '2020-06-15',
      })),
  );
for (const [name, articles] of [
  ['news (dev-eval+gum-dev+sample)', news],
  ['nlp-corpus 3000', nlpCorpus(3000).articles],
] as const) {
  const docs = articles.map((a) => ({ article: a, sentences: splitSentences(a.text) }));
  extractDocuments(docs.slice(0, 3), lexicon);
  let t0 = performance.now();
  const out = extractDocuments(docs, lexicon);
  const total = performance.now() - t0;
  const tokens = docs.map((d) => d.sentences.map((s) => toSentenceTokens(s, lx.words['corporate-suffixes'])));
  t0 = performance.now();
  for (let rep = 0; rep < 5; rep++)
    out.forEach((o, i) =>
      withEventTimes(docs[i].article, tokens[i], [...o.relations, ...(o.unasserted ?? [])], lx),
    );
  const step = (performance.now() - t0) / 5;
  const rels = out.reduce((n, o) => n + o.relations.length + (o.unasserted?.length ?? 0), 0);
  console.log(
    `${name}: ${docs.length} docs, ${rels} relations; extraction ${total.toFixed(0)} ms, event times ${step.toFixed(1)} ms (${((100 * step) / total).toFixed(2)}%)`,
  );
}
