import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure, readInputs } from '../../../src/text/index.js';
import type { InputItem } from '../../../src/text/types.js';
import type { UrlFetched } from '../../../src/text/web/types.js';
import { rssFeed, startNewsServer, type NewsServer } from '../../support/newsServer.js';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title} | Meridian Wire</title>
<meta name="author" content="Ana Ruiz"></head><body><nav>Home | Business</nav>
<article><h1>${title}</h1><p>${body}</p></article><footer>Contact us</footer></body></html>`;

const ITEMS = [1, 2, 3].map((n) => ({
  n,
  title: `Norvex story ${n}`,
  body: `<p>Norvex said on Tuesday that it had agreed to buy Lumora unit ${n}.</p><p class="related">Related: more</p>`,
}));

async function collect(
  inputs: string[],
  options: Parameters<typeof readInputs>[1] = {},
): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}

/** readInputs with URLs, against a local server the test starts (never the internet). */
describe('readInputs: URLs and feeds', () => {
  let server: NewsServer;
  beforeAll(async () => {
    server = await startNewsServer({
      '/page': {
        body: page(
          'Qadira partners with Borland',
          'Qadira said it would work with Borland Systems on chips.',
        ),
      },
      // the charset only in the HTTP header: "Œuvre" and "€" from Windows-1252 bytes
      '/cp1252': {
        type: 'text/html; charset=windows-1252',
        body: iconv.encode(
          page('\u0152uvre bids \u20ac5m for Rado', 'The \u0152uvre offer values Rado at \u20ac5m.'),
          'windows-1252',
        ),
      },
      '/feed.xml': { type: 'application/rss+xml', body: rssFeed(ITEMS), etag: true },
      // a feed served as text/html: the body says what it is
      '/feed-as-html': { type: 'text/html', body: rssFeed(ITEMS.slice(0, 1), 'https://other.example') },
      '/summaries.xml': {
        type: 'text/xml',
        body: rssFeed([{ n: 9, title: 'Only a summary', body: '' }], '').replace(
          /<content:encoded><!\[CDATA\[\]\]><\/content:encoded>/,
          '',
        ),
      },
      '/story-9': {
        body: page(
          'Halden Capital backs Sundby',
          'Halden Capital said it backed the Sundby Mobile plan in full.',
        ),
      },
      '/broken.xml': { type: 'application/rss+xml', body: '<rss><channel><item><title>x</channel></rss>' },
      '/png': { type: 'image/png', body: Buffer.alloc(256) },
      '/huge': { type: 'text/html', body: `<p>${'x'.repeat(300 * 1024)}</p>` },
      '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/slow': () => undefined,
    });
    // the feed's links point at this server
    server.routes.set('/summaries.xml', {
      type: 'text/xml',
      body: rssFeed([{ n: 9, title: 'Only a summary', body: '' }], server.url('')).replace(
        /\s*<content:encoded><!\[CDATA\[\]\]><\/content:encoded>/,
        '',
      ),
    });
  });
  afterAll(() => server.close());

  it('reads pages and feeds; each bad URL is one line naming it and the reason, the rest goes on', async () => {
    const urls = [
      '/page',
      '/png',
      '/feed.xml',
      '/nowhere',
      '/loop',
      '/huge',
      '/slow',
      '/broken.xml',
      '/cp1252',
    ].map(server.url);
    const items = await collect(urls, { web: { timeout: 1 }, maxFileBytes: 100 * 1024 });
    const ok = items.flatMap((i) => (i.ok ? [i.article] : []));
    expect(ok.map((a) => [a.id, a.title])).toEqual([
      [server.url('/page'), 'Qadira partners with Borland'],
      ['https://wire.example/story-1', 'Norvex story 1'],
      ['https://wire.example/story-2', 'Norvex story 2'],
      ['https://wire.example/story-3', 'Norvex story 3'],
      [server.url('/cp1252'), '\u0152uvre bids \u20ac5m for Rado'],
    ]);
    const lines = items.flatMap((i) => (i.ok ? [] : [describeFailure(i).replace(server.url(''), '')]));
    expect(lines).toEqual([
      '/png: unsupported content type image/png (expected a page, a feed or text)',
      '/nowhere: HTTP 404 Not Found',
      expect.stringMatching(/^\/loop: redirect loop \(\S+\/loop -> \S+\/loop\)$/),
      '/huge: response is 300 KB, over the 100 KB size limit (maxFileBytes)',
      '/slow: timed out after 1 s (timeout)',
      expect.stringMatching(/^\/broken\.xml: malformed feed: malformed XML: Expected closing tag 'title'/),
    ]);
  });

  it('makes each feed item an article: link as id and url, date, author, feed title as publisher, text cleaned', async () => {
    const [first] = await collect([server.url('/feed.xml')]);
    expect(first.ok && first.article).toMatchObject({
      id: 'https://wire.example/story-1',
      url: 'https://wire.example/story-1',
      path: server.url('/feed.xml'),
      title: 'Norvex story 1',
      published: '2025-01-02T09:00:00Z',
      authors: ['Ana Ruiz'],
      publisher: 'Meridian Wire',
      language: 'en',
      text: 'Norvex story 1\nNorvex said on Tuesday that it had agreed to buy Lumora unit 1.',
    });
  });

  it('reads a feed sent as text/html by its body', async () => {
    const items = await collect([server.url('/feed-as-html')]);
    expect(items.map((i) => i.ok && i.article.id)).toEqual(['https://other.example/story-1']);
  });

  it('with --follow-links, reads an item that has only a summary from its page', async () => {
    const [summary] = await collect([server.url('/summaries.xml')]);
    expect(summary.ok && summary.article.text).toBe('Only a summary\nOnly a summary.');
    const [followed] = await collect([server.url('/summaries.xml')], { web: { followLinks: true } });
    expect(followed.ok && followed.article).toMatchObject({
      id: server.url('/story-9'),
      url: server.url('/story-9'),
      title: 'Halden Capital backs Sundby',
      authors: ['Ana Ruiz'],
      text: 'Halden Capital backs Sundby\n\nHalden Capital said it backed the Sundby Mobile plan in full.',
    });
  });

  it('asks again with kept validators: a 304 yields nothing and is reported', async () => {
    const fetched: UrlFetched[] = [];
    const first = await collect([server.url('/feed.xml')], { web: { onFetched: (f) => fetched.push(f) } });
    expect(first).toHaveLength(3);
    const validators = fetched[0].validators;
    const again = await collect([server.url('/feed.xml')], {
      web: { validatorsFor: async () => validators, onFetched: (f) => fetched.push(f) },
    });
    expect(again).toEqual([]);
    expect(fetched.map((f) => [f.status, f.failed])).toEqual([
      [200, 0],
      [304, 0],
    ]);
    expect(server.log.at(-1)).toMatchObject({ path: '/feed.xml', status: 304 });
  });

  it.each([1, 2, 3])(
    'with --concurrency %i, at most that many requests to one host are in flight',
    async (limit) => {
      let inFlight = 0;
      let peak = 0;
      const paths = Array.from({ length: 8 }, (_, n) => `/held-${limit}-${n}`);
      for (const path of paths)
        server.routes.set(path, (_, res) => {
          peak = Math.max(peak, ++inFlight);
          setTimeout(() => {
            inFlight--;
            res.writeHead(200, { 'content-type': 'text/plain' }).end(`Story ${path}. Norvex said it grew.`);
          }, 60);
        });
      const items = await collect(paths.map(server.url), { web: { concurrency: limit } });
      expect(items.every((i) => i.ok)).toBe(true);
      expect(items.map((i) => i.ok && i.article.id)).toEqual(paths.map(server.url));
      expect(peak).toBe(limit);
    },
  );

  it('makes a relative item link absolute against the feed address, which --follow-links then reads', async () => {
    server.routes.set('/relative.xml', {
      type: 'application/rss+xml',
      body: rssFeed([{ n: 9, title: 'Only a summary', body: '' }], '').replace(
        /\s*<content:encoded><!\[CDATA\[\]\]><\/content:encoded>/,
        '',
      ),
    });
    const [item] = await collect([server.url('/relative.xml')]);
    expect(item.ok && [item.article.id, item.article.url]).toEqual([
      server.url('/story-9'),
      server.url('/story-9'),
    ]);
    const [followed] = await collect([server.url('/relative.xml')], { web: { followLinks: true } });
    expect(followed.ok && followed.article.title).toBe('Halden Capital backs Sundby');
  });

  it('reads a story once when two feeds (or a URL named twice) carry it, without a failure', async () => {
    const items = await collect([
      server.url('/feed.xml'),
      server.url('/feed.xml'),
      server.url('/page'),
      server.url('/page'),
    ]);
    expect(items.map((i) => (i.ok ? i.article.id.replace(server.url(''), '') : describeFailure(i)))).toEqual([
      'https://wire.example/story-1',
      'https://wire.example/story-2',
      'https://wire.example/story-3',
      '/page',
    ]);
  });

  it('reads a feed file: items as articles, a malformed feed file as one failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-feed-'));
    writeFileSync(join(dir, 'wire.rss'), rssFeed(ITEMS.slice(0, 2)));
    writeFileSync(join(dir, 'zz-broken.xml'), '<feed><entry></feed>');
    const items = await collect([dir], { root: dir });
    expect(items.map((i) => (i.ok ? i.article.id : describeFailure(i).replace(dir, '')))).toEqual([
      'https://wire.example/story-1',
      'https://wire.example/story-2',
      expect.stringMatching(/zz-broken\.xml: malformed feed: malformed XML: /),
    ]);
  });
});
