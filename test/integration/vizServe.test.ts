import { request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { createArticleExtractor } from '../../src/pipeline/createArticleExtractor.js';
import { runIngest } from '../../src/pipeline/runIngest.js';
import { startLiveView } from '../../src/serve/startLiveView.js';
import type { LiveServer } from '../../src/serve/serveViz.js';
import { graphDump } from '../support/graphQueries.js';
import { cleanDatabase, testGateway, testNeo4jConfig } from '../support/neo4j.js';
import { startCli } from '../support/runCli.js';
import { waitFor } from '../support/waitFor.js';

// kg viz --serve on the ingested sample articles (real Neo4j): the token, the allow-list, hostile
// values as data, loopback only, and the search / expand / evidence / article answers.

let gateway: Gateway;
let server: LiveServer;
let base: string;

interface Answer {
  status: number;
  body: string;
  json: () => Record<string, unknown>;
}

/** One raw HTTP request (no fetch: it would rewrite the Host header case or refuse some). */
function call(path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Answer>((done, fail) => {
    const req = httpRequest(
      `${base}${path}`,
      { method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) }));
      },
    );
    req.on('error', fail);
    req.end(init.body);
  });
}
const withToken = (path: string) => `${path}${path.includes('?') ? '&' : '?'}token=${server.token}`;
const postQuery = (body: unknown, token = server.token) =>
  call(`/api/query?token=${token}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

beforeAll(async () => {
  gateway = testGateway();
  await cleanDatabase(gateway);
  const root = resolve('data/articles');
  await runIngest([root], gateway, createArticleExtractor([]), {
    batchSize: 25,
    dryRun: false,
    lexiconFiles: [],
    root,
  });
  server = await startLiveView(gateway, {
    selection: { kind: 'all' },
    title: 'test',
    host: '127.0.0.1',
    port: 0,
  });
  base = `http://127.0.0.1:${server.address.port}`;
}, 600_000);

afterAll(async () => {
  await server?.close();
  await cleanDatabase(gateway);
  await gateway.close();
});

describe('kg viz --serve: who may ask', () => {
  it('listens on the loopback address only', () => {
    expect(server.address.address).toBe('127.0.0.1');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('says in one line when its port is taken', async () => {
    const again = startLiveView(gateway, {
      selection: { kind: 'ids', ids: [] },
      title: 'again',
      host: '127.0.0.1',
      port: server.address.port,
    });
    await expect(again).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
  });

  it.each([
    ['/', 401],
    ['/api/search?q=Oracle', 401],
    ['/api/queries', 401],
    ['/api/co-mentioned?id=org:oracle', 401],
    ['/api/co-mentioned?id=org:oracle&token=wrong', 403],
    ['/?token=', 403],
    ['/api/search?q=Oracle&token=wrong', 403],
  ])('refuses %s without the right token (%i)', async (path, status) => {
    const answer = await call(path);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain('Oracle');
  });

  it('refuses a token one character off, and the token in a header works', async () => {
    const off = server.token.slice(0, -1) + (server.token.endsWith('a') ? 'b' : 'a');
    expect((await call(`/api/queries?token=${off}`)).status).toBe(403);
    expect((await call('/api/queries', { headers: { 'x-kg-token': server.token } })).status).toBe(200);
  });

  it('refuses a Host header that is not this server (DNS rebinding)', async () => {
    const answer = await call(withToken('/api/queries'), { headers: { host: 'attacker.example' } });
    expect(answer.status).toBe(403);
  });

  it('serves the page with its token, live, with a CSP that allows only its own origin', async () => {
    const answer = await call(withToken('/'));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("connect-src 'self'");
    expect(answer.body).toContain('"live":true');
    expect(answer.body).toContain('ByteDance');
  });
});

describe('kg viz --serve: only the allow-list', () => {
  it.each([
    ['../write/entities'],
    ['write/entities'],
    ['entities'],
    ['viz-entities'],
    ['MATCH (n) DETACH DELETE n'],
    ['who-bid-for.cypher'],
  ])('refuses the query name %j (404)', async (name) => {
    const answer = await postQuery({ name });
    expect(answer.status).toBe(404);
  });

  it.each([['/api/read/viz-entities'], ['/api/../cypher/write/entities.cypher'], ['/api/cypher']])(
    'has no route %s (404)',
    async (path) => {
      expect((await call(withToken(path))).status).toBe(404);
    },
  );

  it('refuses other methods and a body over the limit', async () => {
    expect((await call(withToken('/api/queries'), { method: 'DELETE' })).status).toBe(405);
    const huge = await postQuery({ name: 'who-bid-for', params: { entity: 'x'.repeat(300_000) } });
    expect(huge.status).toBe(413);
  });

  it('lists every library query that does not write', async () => {
    const names = ((await call(withToken('/api/queries'))).json().queries as { name: string }[]).map(
      (q) => q.name,
    );
    expect(names).toContain('who-bid-for');
    expect(names).toContain('shortest-path');
  });

  it('refuses unknown parameters of a library query with what it expects (400)', async () => {
    const answer = await postQuery({ name: 'who-bid-for', params: { nope: 'x' } });
    expect(answer.status).toBe(400);
    expect(answer.json().error).toContain('entity');
  });
});

describe('kg viz --serve: hostile values are data', () => {
  // The last one fits in a URL (Node refuses request heads over 16 KB with 431, before any query).
  const hostile = [
    "x' }) DETACH DELETE n //",
    'x"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    '`) DETACH DELETE n //',
    "\\' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
    'y'.repeat(6_000),
  ];
  const runQuery = async (name: string, params: Record<string, string>) => {
    const answer = await postQuery({ name, params });
    expect(answer.status).toBe(200);
    expect(answer.json().rows).toEqual([]);
  };

  it('leaves the graph unchanged after every endpoint got them', async () => {
    const before = await graphDump(gateway);
    for (const value of hostile) {
      const q = encodeURIComponent(value);
      expect((await call(withToken(`/api/search?q=${q}`))).json().entities).toEqual([]);
      expect((await call(withToken(`/api/expand?id=${q}`))).status).toBe(404);
      expect((await call(withToken(`/api/co-mentioned?id=${q}`))).json()).toEqual({
        mentions: [],
        nodes: [],
      });
      expect((await call(withToken(`/api/article?id=${q}`))).status).toBe(404);
      const evidence = await call(withToken(`/api/evidence?source=${q}&type=REJECTED&target=${q}`));
      expect(evidence.json().evidence).toEqual([]);
      await runQuery('who-bid-for', { entity: value });
      await runQuery('shortest-path', { from: value, to: value });
      await runQuery('evidence', { source: value, type: value, target: value });
    }
    // a 90,000-character value in a body is data too
    const huge = `${hostile[0]}${'z'.repeat(90_000)}`;
    await runQuery('who-bid-for', { entity: huge });
    await runQuery('co-mentioned', { entity: huge });
    expect((await call(withToken(`/api/search?q=${'w'.repeat(20_000)}`))).status).toBe(431);
    expect(await graphDump(gateway)).toEqual(before);
    expect(before.counts.labels.Entity).toBeGreaterThan(7);
  });

  it('refuses a relation type outside the allow-list and a non-string parameter (400)', async () => {
    const answer = await call(withToken('/api/evidence?source=a&type=DETACH%20DELETE&target=b'));
    expect(answer.status).toBe(400);
    expect((await postQuery({ name: 'who-bid-for', params: { entity: { $ne: 1 } } })).status).toBe(400);
  });
});

describe('kg viz --serve: what it answers on the sample graph', () => {
  const idOf = async (text: string) => {
    const { entities } = (await call(withToken(`/api/search?q=${encodeURIComponent(text)}`))).json() as {
      entities: { id: string; name: string }[];
    };
    return entities;
  };

  it.each([
    ['bytedance', 'ByteDance'],
    ['TREASURY', 'Treasury Department'],
    ['orac', 'Oracle'],
  ])('search %j finds %s first', async (text, name) => {
    expect((await idOf(text))[0]?.name).toBe(name);
  });

  it('expand of ByteDance brings its neighbours and the typed edges among them', async () => {
    const [bytedance] = await idOf('ByteDance');
    const graph = (await call(withToken(`/api/expand?id=${encodeURIComponent(bytedance.id)}`))).json() as {
      nodes: { id: string; name: string }[];
      edges: { source: string; type: string; target: string; evidence: unknown[] }[];
    };
    expect(graph.nodes.map((n) => n.name)).toEqual(
      expect.arrayContaining(['ByteDance', 'Microsoft', 'Oracle']),
    );
    const rejected = graph.edges.find((e) => e.source === bytedance.id && e.type === 'REJECTED');
    expect(rejected?.evidence.length).toBeGreaterThan(0);
  });

  it('co-mentioned of ByteDance: named in its sentences, no typed relation, most shared first', async () => {
    const [bytedance] = await idOf('ByteDance');
    const answer = (
      await call(withToken(`/api/co-mentioned?id=${encodeURIComponent(bytedance.id)}`))
    ).json() as {
      mentions: { id: string; sentences: number; articles: number }[];
      nodes: { id: string; name: string }[];
    };
    const names = new Map(answer.nodes.map((n) => [n.id, n.name]));
    const listed = answer.mentions.map((m) => names.get(m.id));
    expect(listed).toContain('United States');
    // Microsoft and Oracle have typed relations with ByteDance: they are neighbours, not co-mentions
    expect(listed).not.toContain('Microsoft');
    expect(listed).not.toContain('Oracle');
    const counts = answer.mentions.map((m) => m.sentences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(answer.mentions.every((m) => m.articles >= 1 && m.articles <= m.sentences)).toBe(true);
  });

  it('evidence of ByteDance REJECTED Microsoft leads to the article text', async () => {
    const [bytedance] = await idOf('ByteDance');
    const [microsoft] = await idOf('Microsoft');
    const path = `/api/evidence?source=${encodeURIComponent(bytedance.id)}&type=REJECTED&target=${encodeURIComponent(microsoft.id)}`;
    const { evidence } = (await call(withToken(path))).json() as {
      evidence: { text: string; articleId: string; sentenceIndex: number }[];
    };
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence[0].text).toMatch(/rejected/i);
    const article = (
      await call(withToken(`/api/article?id=${encodeURIComponent(evidence[0].articleId)}`))
    ).json() as {
      title: string;
      sentences: { index: number; text: string }[];
    };
    expect(article.title.length).toBeGreaterThan(0);
    expect(article.sentences.find((s) => s.index === evidence[0].sentenceIndex)?.text).toBe(evidence[0].text);
  });

  it('a library query answers its rows and the graph of the entities they touch', async () => {
    const answer = (await postQuery({ name: 'who-bid-for', params: { entity: 'tiktok' } })).json() as {
      rows: { bidder: { properties: { name: string } } }[];
      graph: { nodes: { name: string }[] };
    };
    expect(answer.rows.map((r) => r.bidder.properties.name)).toContain('Microsoft');
    expect(answer.graph.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['Microsoft', 'TikTok']));
  });
});

describe('kg viz --serve from the command line', () => {
  it('prints a loopback URL with a token, serves it, and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const { uri, username, password, database } = testNeo4jConfig();
    const cli = startCli([
      'viz',
      '--serve',
      '--port',
      '0',
      '--uri',
      uri,
      '--username',
      username,
      '--password',
      password,
      '--database',
      database,
    ]);
    await waitFor('the URL', () => /token=/.test(cli.output().stdout), 120_000);
    const url = /http:\/\/\S+/.exec(cli.output().stdout)![0];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect((await fetch(url.replace(/\?token=.*/, ''))).status).toBe(401);
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Stopped (SIGINT)');
    await expect(fetch(url)).rejects.toThrow();
  }, 300_000);

  it('warns when --host names an address beyond this machine', async () => {
    const { uri, username, password, database } = testNeo4jConfig();
    const cli = startCli([
      'viz',
      '--serve',
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--uri',
      uri,
      '--username',
      username,
      '--password',
      password,
      '--database',
      database,
    ]);
    await waitFor('the URL', () => /token=/.test(cli.output().stdout), 120_000);
    expect(cli.output().stderr).toMatch(/warning: .*0\.0\.0\.0/);
    cli.child.kill('SIGINT');
    expect((await cli.done).code).toBe(0);
  }, 300_000);
});
