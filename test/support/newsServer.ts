import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers: a body with headers, or a handler of its own (slow, endless, redirects). */
export type Route =
  | {
      status?: number;
      type?: string;
      body: string | Buffer;
      headers?: Record<string, string>;
      etag?: boolean;
    }
  | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

export interface LoggedRequest {
  path: string;
  status: number;
  headers: http.IncomingHttpHeaders;
}

export interface NewsServer {
  url(path: string): string;
  /** Every request answered, in order: the path, the status sent and the request headers. */
  log: LoggedRequest[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/**
 * A local HTTP server on 127.0.0.1 for the fetch tests (never the internet). A route with
 * `etag: true` sends an ETag (the body's sha256) and Last-Modified, and answers 304 to a request
 * whose If-None-Match matches: a feed server as news sites run them.
 */
export async function startNewsServer(routes: Record<string, Route> = {}): Promise<NewsServer> {
  const table = new Map(Object.entries(routes));
  const log: LoggedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    res.on('finish', () => log.push({ path, status: res.statusCode, headers: req.headers }));
    res.on('close', () => {
      if (!res.writableFinished) log.push({ path, status: res.statusCode, headers: req.headers });
    });
    const route = table.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') {
      route(req, res);
      return;
    }
    const headers: Record<string, string> = {
      'content-type': route.type ?? 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength(route.body)),
      ...route.headers,
    };
    if (route.etag) {
      const etag = `"${createHash('sha256').update(route.body).digest('hex').slice(0, 16)}"`;
      headers.etag = etag;
      headers['last-modified'] = 'Tue, 04 Mar 2025 09:30:00 GMT';
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
    }
    res.writeHead(route.status ?? 200, headers).end(route.body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    log,
    routes: table,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An RSS 2.0 feed of invented items: item n has the link `${base}/story-n` and a paragraph or two. */
export function rssFeed(
  items: { n: number; title: string; body: string }[],
  base = 'https://wire.example',
): string {
  const xml = items
    .map(
      ({ n, title, body }) => `  <item>
    <title>${title}</title>
    <link>${base}/story-${n}</link>
    <guid>${base}/story-${n}</guid>
    <pubDate>Tue, ${String((n % 28) + 1).padStart(2, '0')} Jan 2025 09:00:00 GMT</pubDate>
    <dc:creator>Ana Ruiz</dc:creator>
    <description>${title}.</description>
    <content:encoded><![CDATA[${body}]]></content:encoded>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Meridian Wire</title>
  <link>${base}/</link>
  <language>en</language>
${xml}
</channel>
</rss>
`;
}
