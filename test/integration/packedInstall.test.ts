import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/graph/gateway.js';
import { articleCount } from '../support/graphQueries.js';
import { cleanDatabase, testGateway, testNeo4jConfig } from '../support/neo4j.js';

/**
 * newsgraph as a user installs it: `npm pack`, the tarball installed into an empty directory with
 * production dependencies only, and the installed `kg` run from there (so nothing of the repository,
 * its node_modules or its devDependencies is within reach). Every file a command reads at run time
 * (cypher/, data/, the viz bundle, the pom) must have been packed for these commands to pass.
 */
const REPO = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'newsgraph-packed-'));
const app = join(work, 'app');
const installed = join(app, 'node_modules', 'newsgraph');
const kgBin = join(app, 'node_modules', '.bin', 'kg');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  return new Promise<Result>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The installed `kg`, run from the install directory, with the suite's Neo4j in the environment. */
function kg(args: string[]) {
  const { uri, username, password, database } = testNeo4jConfig();
  return run(kgBin, args, app, {
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
    NEWSGRAPH_DEBUG: '',
  });
}

const ok = (result: Result) => {
  if (result.code !== 0) throw new Error(`exit ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
};

/** npm's own cache (where `npm ci` put every dependency), passed on explicitly. */
const npmCache =
  process.env.npm_config_cache ||
  spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim();

let gateway: Gateway;
let packedFiles: string[] = [];

beforeAll(async () => {
  gateway = testGateway();
  await cleanDatabase(gateway);
  // CI builds once and sets NEWSGRAPH_TEST_CLI=dist; otherwise pack what the sources build to now.
  if (process.env.NEWSGRAPH_TEST_CLI !== 'dist') ok(await run('npm', ['run', 'build'], REPO));
  const packed = ok(
    await run('npm', ['pack', '--json', '--pack-destination', work, '--cache', npmCache], REPO),
  );
  const [{ filename, files }] = JSON.parse(packed.stdout) as {
    filename: string;
    files: { path: string }[];
  }[];
  packedFiles = files.map((file) => file.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "packed-install-check", "private": true }\n');
  ok(
    await run(
      'npm',
      [
        'install',
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--cache',
        npmCache,
        join(work, filename),
      ],
      app,
    ),
  );
}, 900_000);

afterAll(async () => {
  await cleanDatabase(gateway);
  await gateway.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the packed package, installed with production dependencies only', () => {
  it('packs what the commands read at run time', () => {
    for (const file of [
      'dist/cli/bin.js',
      'dist/viz/client.bundle.js',
      'cypher/schema.cypher',
      'scripts/neo4j/pom.xml',
      'data/articles',
      'data/triggers',
      'cypher/queries',
      'cypher/read',
      'cypher/write',
    ])
      expect(packedFiles.some((path) => path === file || path.startsWith(`${file}/`))).toBe(true);
    expect(existsSync(join(installed, 'scripts', 'neo4j', 'pom.xml'))).toBe(true);
    // nothing of the test and development setup
    expect(packedFiles.filter((path) => /^(src|test|\.ci)\//.test(path))).toEqual([]);
    expect(existsSync(join(app, 'node_modules', 'playwright-core'))).toBe(false);
  });

  it('kg --help lists the commands', async () => {
    const { stdout } = ok(await kg(['--help']));
    for (const command of ['ingest', 'extract', 'query', 'viz', 'neo4j', 'demo'])
      expect(stdout).toContain(command);
  });

  it('kg extract reads the sample articles', async () => {
    const articles = join(installed, 'data', 'articles');
    const { stdout } = ok(await kg(['extract', articles, '--format', 'jsonl']));
    const docs = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { entities: unknown[]; relations: unknown[] });
    expect(docs).toHaveLength(readdirSync(articles).length);
    expect(docs.every((doc) => doc.entities.length > 0)).toBe(true);
    expect(docs.reduce((sum, doc) => sum + doc.relations.length, 0)).toBeGreaterThan(0);
  });

  it('kg extract reads a saved web page in Windows-1252 with production dependencies only', async () => {
    // the page is the repository's fixture: the installed package reads it with its own dependencies
    const page = resolve('test/fixtures/html/legacy-cp1252.html');
    const { stdout } = ok(await kg(['extract', page, '--format', 'jsonl']));
    const doc = JSON.parse(stdout) as { title: string; meta?: { authors?: string[]; published?: string } };
    expect(doc.title).toBe('\u0152uvre Partners bids \u20ac640m for Rado\u0161 Foods');
    expect(doc.meta).toMatchObject({
      published: '2024-11-05',
      authors: ['\u0160imon Kr\u00e1l', '\u017daneta Hork\u00e1'],
    });
  });

  it('kg ingest writes them into the suite Neo4j', async () => {
    const articles = join(installed, 'data', 'articles');
    ok(await kg(['ingest', articles, '--quiet']));
    expect(await articleCount(gateway)).toBe(readdirSync(articles).length);
  });

  it('kg viz draws the page without the browser driver', async () => {
    const html = join(work, 'graph.html');
    const { stdout } = ok(await kg(['viz', '-o', html]));
    expect(stdout).toContain(`Wrote ${html}`);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('sigma'); // the prebuilt client bundle, inlined
    expect(page).not.toMatch(/<script[^>]+src=/i);
  });

  it('kg viz --png without playwright-core: one line naming what to install, exit 1', async () => {
    const result = await kg(['viz', '-o', join(work, 'png.html'), '--png', join(work, 'graph.png')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^kg: .*npm install playwright-core/);
    expect(existsSync(join(work, 'graph.png'))).toBe(false);
  });
});
