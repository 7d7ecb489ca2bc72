import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { some as corpusSentences } from 'nlp-corpus';
import { splitSentences } from '../../src/text/index.js';
import type { Article } from '../../src/types.js';

/** A named list of articles and how many source sentences they hold. */
export interface Corpus {
  name: string;
  articles: Article[];
  sentences: number;
  bytes: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function corpus(name: string, articles: Article[], sentences: number): Corpus {
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  return { name, articles, sentences, bytes };
}

/**
 * Real English text from the nlp-corpus package (film reviews, UN documents, fiction, news, ...):
 * the first `sentences` sentences, grouped into documents of `perDoc` sentences.
 */
export function nlpCorpus(sentences: number, perDoc = 30): Corpus {
  const all = (corpusSentences(sentences) as string[]).slice(0, sentences);
  const articles: Article[] = [];
  for (let i = 0; i < all.length; i += perDoc) {
    const text = all.slice(i, i + perDoc).join(' ');
    articles.push({ id: `nlp-corpus/${articles.length}`, title: '', text, sha256: sha256(text) });
  }
  return corpus(`nlp-corpus (${all.length} sentences, ${perDoc} per document)`, articles, all.length);
}

/**
 * The .txt articles of a directory, `times` copies each (distinct ids, same text): the sample articles of
 * data/articles, or a development set's articles (../shared/dev-eval/articles).
 */
export function sampleCorpus(dir: string, times: number, label = 'sample articles'): Corpus {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles: Article[] = [];
  let sentences = 0;
  for (let copy = 0; copy < times; copy++) {
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      articles.push({ id: `copy-${copy}/${file}`, title: '', text, sha256: sha256(`${copy}\n${text}`) });
      if (copy === 0) sentences += splitSentences(text).length;
    }
  }
  return corpus(`${label} x ${times}`, articles, sentences * times);
}
