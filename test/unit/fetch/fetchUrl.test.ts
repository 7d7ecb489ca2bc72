import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from '../../../src/fetch/fetchUrl.js';
import type { FetchOptions } from '../../../src/fetch/types.js';
import { userAgent } from '../../../src/fetch/userAgent.js';
import { startNewsServer, type NewsServer } from '../../support/newsServer.js';

const OPTIONS: FetchOptions = {
  timeoutMs: 800,
  connectTimeoutMs: 800,
  maxBytes: 64 * 1024,
  maxRedirects: 5,
  userAgent: userAgent(),
};
const PAGE = '<html><body><p>Norvex agreed to buy Lumora.</p></body></html>';

/** Every case against a server the test starts on 127.0.0.1: never the internet. */
describe('fetchUrl against a local HTTP server', () => {
  let server: NewsServer;
  beforeAll(async () => {
    server = await startNewsServer({
      '/page': { body: PAGE },
      '/feed': { type: 'application/rss+xml', body: '<rss><channel></channel></rss>', etag: true },
      '/gone': { status: 410, body: 'gone' },
      '/png': { type: 'image/png', body: Buffer.alloc(2048) },
      '/huge-declared': { type: 'text/plain', body: 'x'.repeat(200 * 1024) },
      '/gzip': { body: gzipSync(PAGE), headers: { 'content-encoding': 'gzip' } },
      // 50 MB of one letter in 50 KB: a size limit checked before decompression would miss it
      '/gzip-bomb': {
        body: gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x61)),
        headers: { 'content-encoding': 'gzip' },
      },
      '/loop-a': (_, res) => res.writeHead(302, { location: '/loop-b' }).end(),
      '/loop-b': (_, res) => res.writeHead(301, { location: '/loop-a' }).end(),
      '/moved': (_, res) => res.writeHead(308, { location: '/page' }).end(),
      '/silent': () => undefined, // headers never come
      '/trickle': (_, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('<p>more</p>'), 100);
        res.on('close', () => clearInterval(timer));
      },
      '/endless': (_, res) => {
        // chunked, no Content-Length: only the stream shows the size
        res.writeHead(200, { 'content-type': 'text/html' });
        const block = Buffer.alloc(16 * 1024, 0x62);
        const pump = () => {
          while (res.write(block));
        };
        res.on('drain', pump);
        pump();
      },
      '/echo-ua': (req, res) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end(req.headers['user-agent']),
    });
    for (let n = 1; n <= 7; n++)
      server.routes.set(`/chain-${n}`, (_, res) => res.writeHead(302, { location: `/chain-${n + 1}` }).end());
  });
  afterAll(() => server.close());

  it('fetches a page: its bytes, final URL and Content-Type', async () => {
    const result = await fetchUrl(server.url('/page'), OPTIONS);
    expect(result).toMatchObject({
      ok: true,
      status: 200,
      url: server.url('/page'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(result.ok && result.status === 200 && result.bytes.toString()).toBe(PAGE);
  });

  it('follows a redirect and says where it ended', async () => {
    expect(await fetchUrl(server.url('/moved'), OPTIONS)).toMatchObject({
      ok: true,
      url: server.url('/page'),
    });
  });

  it('decompresses gzip', async () => {
    const result = await fetchUrl(server.url('/gzip'), OPTIONS);
    expect(result.ok && result.status === 200 && result.bytes.toString()).toBe(PAGE);
  });

  it('sends a User-Agent naming newsgraph and its version', async () => {
    const result = await fetchUrl(server.url('/echo-ua'), OPTIONS);
    expect(result.ok && result.status === 200 && result.bytes.toString()).toMatch(
      /^newsgraph\/\d+\.\d+\.\d+ /,
    );
  });

  it('asks conditionally with kept validators; a 304 has no body', async () => {
    const first = await fetchUrl(server.url('/feed'), OPTIONS);
    expect(first).toMatchObject({ ok: true, status: 200 });
    const validators = first.ok ? first.validators : {};
    expect(validators.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(validators.lastModified).toBe('Tue, 04 Mar 2025 09:30:00 GMT');
    const again = await fetchUrl(server.url('/feed'), { ...OPTIONS, validators });
    expect(again).toMatchObject({ ok: true, status: 304 });
    expect(server.log.at(-1)).toMatchObject({ path: '/feed', status: 304 });
    expect(server.log.at(-1)?.headers).toMatchObject({
      'if-none-match': validators.etag,
      'if-modified-since': validators.lastModified,
    });
  });

  const failures: [string, string, RegExp][] = [
    ['an HTTP error', '/gone', /^HTTP 410 Gone$/],
    ['a missing page', '/nowhere', /^HTTP 404 Not Found$/],
    ['a redirect loop', '/loop-a', /^redirect loop \(\S+\/loop-a -> \S+\/loop-b -> \S+\/loop-a\)$/],
    ['too many redirects', '/chain-1', /^more than 5 redirects \(last to \S+\/chain-7\)$/],
    [
      'a wrong content type',
      '/png',
      /^unsupported content type image\/png \(expected a page, a feed or text\)$/,
    ],
    [
      'a body declared too large',
      '/huge-declared',
      /^response is 200 KB, over the 64 KB size limit \(maxFileBytes\)$/,
    ],
    [
      'an endless body',
      '/endless',
      /^response is over the 64 KB size limit \(maxFileBytes\); not read further$/,
    ],
    [
      'a gzip bomb',
      '/gzip-bomb',
      /^response is over the 64 KB size limit \(maxFileBytes\); not read further$/,
    ],
    ['a server that never answers', '/silent', /^timed out after 0\.8 s \(timeout\)$/],
    ['a body that never ends slowly', '/trickle', /^timed out after 0\.8 s \(timeout\)$/],
  ];
  it.each(failures)('refuses %s with one short reason', async (_, path, reason) => {
    const result = await fetchUrl(server.url(path), OPTIONS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('names a refused connection and an address that is not http(s)', async () => {
    const closed = await startNewsServer();
    const url = closed.url('/x');
    await closed.close();
    expect(await fetchUrl(url, OPTIONS)).toEqual({ ok: false, reason: 'connection refused' });
    expect(await fetchUrl('ftp://127.0.0.1/x', OPTIONS)).toEqual({
      ok: false,
      reason: 'unsupported URL scheme "ftp:"',
    });
  });
});
