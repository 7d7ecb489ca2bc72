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
  /** Every paragraph of the article, in order: each must be a whole line of the text. */
  body: string[];
  /** Page chrome (navigation, ads, captions, related links, newsletter and cookie boxes): none may be in the text. */
  boilerplate: string[];
  /** Lines left that are neither the headline nor a paragraph (a kicker, a standfirst). */
  otherLines?: string[];
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

// What is left that is neither the headline nor a paragraph (`otherLines`, in order; none when
// absent): date lines and bylines under the headline are taken out as metadata. Kickers, standfirsts,
// a live blog's times and a press release's contact block stay: they stand where the article is,
// with no mark that tells them from text.
describe('saved news pages: nothing but the headline and the paragraphs', () => {
  it.each(pages)('%s', async (file, want) => {
    const known = [want.title, ...want.body].map(normalizeUnicode);
    const lines = (await read(file)).text.split('\n').filter((line) => line !== '');
    expect(lines.filter((line) => !known.includes(line))).toEqual(
      (want.otherLines ?? []).map(normalizeUnicode),
    );
  });
});
