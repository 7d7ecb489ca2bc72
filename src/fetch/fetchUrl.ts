import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { acceptedMediaType, mediaTypeOf } from './acceptedMediaType.js';
import type { FetchOptions, FetchResult, Validators } from './types.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A failure already worded for the user ("timed out after 30 s"). */
class Refused extends Error {}

/**
 * GETs one http(s) URL with node:http: redirects followed up to `maxRedirects` (a loop is named),
 * a connect timeout per hop and a total timeout, a size limit checked on the stream (the body is
 * read no further past it, compressed or not), the Content-Type checked before the body is read
 * (pages, feeds, text), and a conditional request when validators are given. Never throws: every
 * failure is one short reason.
 */
export async function fetchUrl(input: string, options: FetchOptions): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  const total = new AbortController();
  const timer = setTimeout(
    () => total.abort(new Refused(`timed out after ${seconds(options.timeoutMs)} (timeout)`)),
    options.timeoutMs,
  );
  const visited = [url.href];
  try {
    for (;;) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { ok: false, reason: `unsupported URL scheme "${url.protocol}"` };
      const res = await get(url, options, total.signal);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location !== undefined) {
        res.resume();
        const next = new URL(location, url);
        if (visited.includes(next.href))
          return { ok: false, reason: `redirect loop (${[...visited, next.href].join(' -> ')})` };
        if (visited.length > options.maxRedirects)
          return { ok: false, reason: `more than ${options.maxRedirects} redirects (last to ${next.href})` };
        visited.push(next.href);
        url = next;
        continue;
      }
      const validators = validatorsOf(res);
      if (res.statusCode === 304) {
        res.resume();
        return { ok: true, status: 304, url: url.href, validators };
      }
      if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) > 299) {
        res.resume();
        return { ok: false, reason: `HTTP ${res.statusCode} ${res.statusMessage ?? ''}`.trim() };
      }
      const contentType = res.headers['content-type'];
      if (!acceptedMediaType(contentType)) {
        res.destroy();
        return {
          ok: false,
          reason: `unsupported content type ${mediaTypeOf(contentType)} (expected a page, a feed or text)`,
        };
      }
      const bytes = await readBody(res, options.maxBytes);
      const out: FetchResult = { ok: true, status: 200, url: url.href, bytes, validators };
      if (contentType !== undefined) out.contentType = contentType;
      return out;
    }
  } catch (error) {
    const reason = total.signal.aborted ? total.signal.reason : error;
    return { ok: false, reason: reasonOf(reason) };
  } finally {
    clearTimeout(timer);
  }
}

/** One request; resolves with the response head. A connection not open within connectTimeoutMs is refused. */
function get(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept:
      'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.validators?.etag !== undefined) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified !== undefined)
    headers['if-modified-since'] = options.validators.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers, signal }, resolve);
    req.on('error', reject);
    req.on('socket', (socket) => {
      if (!socket.connecting) return; // a kept-alive socket
      const connect = setTimeout(
        () =>
          req.destroy(
            new Refused(`could not connect within ${seconds(options.connectTimeoutMs)} (connectTimeout)`),
          ),
        options.connectTimeoutMs,
      );
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connect));
      socket.once('close', () => clearTimeout(connect));
    });
  });
}

/** The body, decompressed, up to maxBytes: past it the response is destroyed and refused. */
async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const encoding = (res.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new Refused(
      `response is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} size limit (maxFileBytes)`,
    );
  }
  const body = decoded(res, encoding);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes)
        throw new Refused(
          `response is over the ${formatBytes(maxBytes)} size limit (maxFileBytes); not read further`,
        );
      chunks.push(chunk as Buffer);
    }
  } finally {
    body.destroy();
    res.destroy();
  }
  return Buffer.concat(chunks);
}

function decoded(res: IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return pipeline(res, zlib.createGunzip(), () => undefined);
    case 'deflate':
      return pipeline(res, zlib.createInflate(), () => undefined);
    case 'br':
      return pipeline(res, zlib.createBrotliDecompress(), () => undefined);
    case 'identity':
      return res;
    default:
      throw new Refused(`unsupported content encoding "${encoding}"`);
  }
}

function validatorsOf(res: IncomingMessage): Validators {
  const out: Validators = {};
  const etag = res.headers.etag;
  const lastModified = res.headers['last-modified'];
  if (etag !== undefined) out.etag = etag;
  if (lastModified !== undefined) out.lastModified = lastModified;
  return out;
}

function reasonOf(error: unknown): string {
  if (error instanceof Refused) return error.message;
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
      return 'corrupt compressed body';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

function seconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)} s`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
