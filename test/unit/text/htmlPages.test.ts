import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../../src/text/index.js';
import { normalizeUnicode } from '../../../src/text/normalizeUnicode.js';
import type { PageMeta } from '../../../src/text/pageMeta.js';
import type { Article } from '../../../src/types.js';

/** Saved pages built to the markup of different kinds of news site, with invented content. */
const dir = path.resolve('test/fixtures/html');
interface Expected extends Omit<PageMeta, 'headline'> {
  title: string;
  body: string[];
  boilerplate: string[];
}
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  Expected | string
>;
const pages = Object.entries(expected).filter((e): e is [string, Expected] => typeof e[1] !== 'string');

async function read(file: string): Promise<Article> {
  const items: InputItem[] = [];
  for await (const item of readInputs([path.join(dir, file)], { root: dir })) items.push(item);
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item.ok) throw new Error(`${item.source}: ${item.reason}`);
  return item.article;
}

const flat = (s: string) => normalizeUnicode(s).replace(/\s+/g, ' ');

describe('saved news pages: metadata, whole article text, no boilerplate', () => {
  it.each(pages)('%s', async (file, want) => {
    const article = await read(file);
    expect(article.title).toBe(normalizeUnicode(want.title));
    expect(article.text.split('\n')[0]).toBe(normalizeUnicode(want.title));
    const meta = {
      published: article.published,
      modified: article.modified,
      authors: article.authors,
      publisher: article.publisher,
      canonicalUrl: article.canonicalUrl,
      language: article.language,
    };
    expect(meta).toEqual({
      published: want.published,
      modified: want.modified,
      authors: want.authors?.map(normalizeUnicode),
      publisher: want.publisher,
      canonicalUrl: want.canonicalUrl,
      language: want.language,
    });
    const lines = article.text.split('\n').map(flat);
    // every paragraph whole, in order
    const at = want.body.map((p) => lines.indexOf(flat(p)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const text = flat(article.text);
    expect(want.boilerplate.filter((b) => text.includes(flat(b)))).toEqual([]);
  });
});

// [page, lines of its text that are neither the headline nor a paragraph]: date lines and bylines
// under the headline are taken out as metadata. The daily's kicker, standfirst and author role are
// left (they stand where Readability found them, with no mark that tells them from text).
const LEFT_OVER: Array<[string, string[]]> = [
  ['wire-jsonld.html', []],
  [
    'daily-opengraph.html',
    [
      'Business',
      'Board of payments group says 3.1bn offer undervalues its growth prospects',
      'Lena Okafor Business correspondent',
    ],
  ],
  ['regional-microdata.html', []],
  ['blog-graph.html', []],
  ['aspnet-form.html', []],
  ['noscript-lazy.html', []],
  ['legacy-cp1252.html', []],
  ['amp-utf16.html', []],
];
describe('saved news pages: nothing but the headline and the paragraphs', () => {
  it.each(LEFT_OVER)('%s', async (file, leftOver) => {
    const want = expected[file] as Expected;
    const known = [want.title, ...want.body].map(normalizeUnicode);
    const lines = (await read(file)).text.split('\n').filter((line) => line !== '');
    expect(lines.filter((line) => !known.includes(line))).toEqual(leftOver);
  });
});
