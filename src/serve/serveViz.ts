import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gateway } from '../graph/gateway.js';
import { firstLineOf, NewsgraphError } from '../errors.js';
import { HttpError } from './httpError.js';
import { createLiveApi, type LiveApi, MAX_VALUE_CHARS } from './liveApi.js';
import { isLoopback } from './listenHost.js';
import type { AllowList } from './readAllowList.js';
import { readJsonBody } from './readJsonBody.js';
import { tokenMatches } from './tokenMatches.js';

/** Largest request body (POST /api/query): a query name and its parameters. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface ServeOptions {
  /** The page, built once at start (buildHtml with live on). */
  html: string;
  host: string;
  /** 0: any free port. */
  port: number;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
  /** One line per refused or failed request (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface LiveServer {
  /** http://HOST:PORT/?token=... */
  url: string;
  token: string;
  address: AddressInfo;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // the token is in the page's URL: never send it to another site
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * The live view of `kg viz --serve`: Node's http, one page and a small JSON API, read-only.
 * Every request carries the token (`?token=` or the `x-kg-token` header), compared in constant
 * time; the Host header must name this server (a page of another site cannot reach it through DNS
 * rebinding); only GET, and POST for a library query with a body of at most MAX_BODY_BYTES.
 */
export async function serveViz(
  gateway: Gateway,
  allow: AllowList,
  options: ServeOptions,
): Promise<LiveServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const api = createLiveApi(gateway, allow);
  const log = options.log ?? (() => undefined);
  let port = options.port;
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : `the query failed: ${firstLineOf(error)}`;
      if (status >= 500 || status === 401 || status === 403)
        log(`${status} ${request.method} ${pathOf(request)}: ${message}`);
      sendJson(response, status, { error: message });
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    checkHost(request.headers.host, options.host, port);
    const given = url.searchParams.get('token') ?? headerValue(request.headers['x-kg-token']);
    if (given === undefined || given === null)
      throw new HttpError(401, 'missing token: open the URL kg viz --serve printed');
    if (!tokenMatches(given, token)) throw new HttpError(403, 'wrong token');
    const method = request.method ?? 'GET';
    const route = `${method} ${url.pathname}`;
    if (route === 'GET /' || route === 'GET /index.html') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      response.end(options.html);
      return;
    }
    const q = (name: string) => url.searchParams.get(name) ?? undefined;
    const result = await route_(api, route, q, request);
    if (result === NOT_FOUND) {
      const known = [
        '/',
        '/api/search',
        '/api/expand',
        '/api/co-mentioned',
        '/api/evidence',
        '/api/article',
        '/api/queries',
        '/api/query',
      ];
      throw known.includes(url.pathname)
        ? new HttpError(405, `${method} is not allowed here`)
        : new HttpError(404, `no ${url.pathname}`);
    }
    sendJson(response, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES'
          ? new NewsgraphError(
              `kg viz --serve: cannot listen on ${options.host}:${options.port} (${error.code}): pick another --port (0: any free one)`,
            )
          : error,
      );
    server.once('error', failed);
    server.listen(options.port, options.host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  port = address.port;
  const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostInUrl}:${address.port}/?token=${token}`,
    token,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const NOT_FOUND = Symbol('not found');

async function route_(
  api: LiveApi,
  route: string,
  q: (name: string) => string | undefined,
  request: IncomingMessage,
): Promise<unknown> {
  switch (route) {
    case 'GET /api/search':
      return { entities: await api.search(q('q') ?? '') };
    case 'GET /api/expand':
      return api.expand(q('id') ?? '');
    case 'GET /api/co-mentioned':
      return api.coMentioned(q('id') ?? '');
    case 'GET /api/evidence':
      return { evidence: await api.evidence(q('source') ?? '', q('type') ?? '', q('target') ?? '') };
    case 'GET /api/article':
      return api.article(q('id') ?? '');
    case 'GET /api/queries':
      return { queries: api.queries() };
    case 'POST /api/query': {
      const body = await readJsonBody(request, MAX_BODY_BYTES);
      const { name, params } = (body ?? {}) as { name?: unknown; params?: unknown };
      if (typeof name !== 'string') throw new HttpError(400, "the body needs a query 'name'");
      return api.query(name, stringParams(params));
    }
    default:
      return NOT_FOUND;
  }
}

/** `{k: 'v'}` of strings only, as `--param k=v` would give; anything else is refused. */
function stringParams(params: unknown): Record<string, string> {
  if (params === undefined || params === null) return {};
  if (typeof params !== 'object' || Array.isArray(params))
    throw new HttpError(400, "'params' must be an object of strings");
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') throw new HttpError(400, `parameter '${key}' must be a string`);
    if (value.length > MAX_VALUE_CHARS)
      throw new HttpError(400, `parameter '${key}' is over ${MAX_VALUE_CHARS} characters`);
    out[key] = value;
  }
  return out;
}

/** On loopback, the Host header must be this server's loopback name (DNS rebinding defence). */
function checkHost(header: string | undefined, host: string, port: number): void {
  if (!isLoopback(host)) return;
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (!header || !allowed.includes(header.toLowerCase())) throw new HttpError(403, 'unexpected Host header');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0];
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
