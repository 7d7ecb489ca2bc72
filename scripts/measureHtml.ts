/**
 * Measures main-content extraction candidates on the saved pages in test/fixtures/html/
 * (invented content; expected.json lists each page's paragraphs and boilerplate):
 *   kept     share of the article's paragraphs found whole in the text
 *   leaked   boilerplate strings (nav, captions, related links, comments...) found in the text
 *   extra    text lines that are neither a paragraph nor the headline
 *   ms       median time per page over 20 runs (parse + extraction)
 * Every candidate's text goes through the same decoding (decodeDocument) and the same
 * line cleaning as cleanText (normalizeUnicode, dropChrome).
 * Usage: node --import tsx scripts/measureHtml.ts [path/to/old/stripHtml.ts]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import * as domutils from 'domutils';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { decodeDocument } from '../src/text/decodeDocument.js';
import { dropChrome } from '../src/text/dropChrome.js';
import { normalizeUnicode } from '../src/text/normalizeUnicode.js';
import { readHtml } from '../src/text/readHtml.js';

type Candidate = (html: string) => string;
interface Expected {
  title: string;
  body: string[];
  boilerplate: string[];
}

const dir = 'test/fixtures/html';
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>;

/** htmlparser2 + entities: the text of the element with the most paragraph text, blocks as lines. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'figcaption',
  'button',
]);
const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'tr', 'section', 'article', 'td']);
function htmlparser2Density(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true });
  const text = (node: import('domhandler').AnyNode): string => {
    if (node.type === 'text') return (node as import('domhandler').Text).data.replace(/\s+/g, ' ');
    if (!('children' in node)) return '';
    const el = node as import('domhandler').Element;
    if (DROP.has(el.name)) return '';
    const inner = el.children.map(text).join('');
    return BLOCKS.has(el.name) ? `\n${inner}\n` : inner;
  };
  // score each element by the text of its direct <p> children (or its own text for a bare container)
  let best: import('domhandler').Element | undefined;
  let bestScore = 0;
  for (const el of domutils.findAll(() => true, doc.children)) {
    if (DROP.has(el.name)) continue;
    const paras = el.children.filter(
      (c) => c.type === 'tag' && ['p', 'br'].includes((c as import('domhandler').Element).name),
    );
    const score = paras.reduce((n, p) => n + domutils.textContent(p).length, 0) + (paras.length > 0 ? 0 : 0);
    const own = el.children
      .filter((c) => c.type === 'text')
      .reduce((n, c) => n + domutils.textContent(c).trim().length, 0);
    if (score + own > bestScore) {
      bestScore = score + own;
      best = el;
    }
  }
  return decodeHTML(best ? text(best) : text(doc as never));
}

const readabilityOnly: Candidate = (html) => {
  const { document } = parseHTML(html);
  const r = new Readability(document).parse();
  return r?.content
    ? (parseHTML(`<html><body>${r.content}</body></html>`).document.body.textContent ?? '')
    : '';
};

const candidates: Record<string, Candidate> = {
  'readHtml (linkedom + Readability + data/html-boilerplate.txt)': (html) => readHtml(html).text,
  'Readability on linkedom, bare (textContent)': readabilityOnly,
  'htmlparser2 + entities, densest block': htmlparser2Density,
};
const oldPath = process.argv[2];
if (oldPath !== undefined) {
  const old = (await import(path.resolve(oldPath))) as { stripHtml: (html: string) => { text: string } };
  candidates['old hand-written stripHtml'] = (html) => old.stripHtml(html).text;
}

const norm = (s: string) => normalizeUnicode(s).replace(/\s+/g, ' ').trim();
for (const [name, run] of Object.entries(candidates)) {
  let kept = 0;
  let paragraphs = 0;
  let leaked = 0;
  let extra = 0;
  const times: number[] = [];
  const rows: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const want = expected[file];
    const decoded = decodeDocument(readFileSync(path.join(dir, file)), 'html');
    if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
    const perPage: number[] = [];
    let text = '';
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      text = run(decoded.text);
      perPage.push(performance.now() - t0);
    }
    perPage.sort((a, b) => a - b);
    times.push(perPage[10]);
    const lines = dropChrome(normalizeUnicode(text))
      .split('\n')
      .map(norm)
      .filter((l) => l !== '');
    const flat = lines.join('\n');
    const body = want.body.map(norm);
    const k = body.filter((p) => flat.includes(p)).length;
    const l = want.boilerplate.filter((b) => flat.includes(norm(b))).length;
    const x = lines.filter((line) => line !== norm(want.title) && !body.some((p) => p.includes(line))).length;
    kept += k;
    paragraphs += body.length;
    leaked += l;
    extra += x;
    rows.push(
      `  ${file.padEnd(26)} kept ${k}/${body.length}  leaked ${l}/${want.boilerplate.length}  extra ${x}  ${perPage[10].toFixed(1)} ms`,
    );
  }
  const boiler = Object.values(expected)
    .filter((e) => typeof e === 'object')
    .reduce((n, e) => n + e.boilerplate.length, 0);
  console.log(
    `${name}: kept ${kept}/${paragraphs} (${((100 * kept) / paragraphs).toFixed(0)}%), leaked ${leaked}/${boiler}, extra lines ${extra}, mean of per-page medians ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms/page`,
  );
  console.log(rows.join('\n'));
}
