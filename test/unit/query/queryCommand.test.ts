import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { loadQueries } from '../../../src/query/loadQueries.js';

const queries = loadQueries();

/** Runs `kg <argv>` in-process and captures what it prints (no database is reached by these). */
async function kg(argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await run(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}
afterEach(() => vi.restoreAllMocks());

describe('cypher/queries/*.cypher', () => {
  it('has the questions the issue asks for', () => {
    expect(queries.map((q) => q.name)).toEqual([
      'article-contribution',
      'as-of',
      'between',
      'co-mentioned',
      'disagreements',
      'entity-profile',
      'evidence',
      'most-connected',
      'overview',
      'partnerships',
      'rejected-bids',
      'shortest-path',
      'timeline',
      'who-bid-for',
      'who-regulates',
    ]);
  });

  it.each(queries.map((q) => [q.name, q] as const))(
    '%s: title line, description, example, a default for every parameter',
    (_name, query) => {
      expect(query.text.split('\n')[0]).toMatch(/^\/\/ \S/);
      expect(query.description.length).toBeGreaterThan(20);
      expect(query.text).toMatch(/^\/\/ example:$/m);
      for (const param of query.params) {
        expect(param.used, `$${param.name} is used`).toBe(true);
        expect(param.defaultValue, `:param ${param.name} => ...`).toBeDefined();
      }
      expect(query.statements).toHaveLength(1);
    },
  );
});

describe('kg query', () => {
  it('--list names and describes every query', async () => {
    const { code, stdout } = await kg(['query', '--list']);
    expect(code).toBe(0);
    for (const query of queries) expect(stdout).toContain(`${query.name}`);
    expect(stdout).toMatch(/who-bid-for\s+The entities said to bid for/);
    expect(stdout).toContain('--param entity=TikTok');
  });

  it.each<[string[], RegExp]>([
    [['query', 'nope'], /^kg: unknown query 'nope': expected one of article-contribution, .*who-regulates/],
    [['query'], /^kg: name a query: expected one of article-contribution, /],
    [
      ['query', 'who-bid-for', '--param', 'entitty=TikTok'],
      /^kg: query 'who-bid-for' has no parameter 'entitty': it expects entity/,
    ],
    [
      ['query', 'most-connected', '-p', 'limit=ten'],
      /^kg: --param limit=ten: query 'most-connected' needs a whole number/,
    ],
    [['query', 'who-bid-for', '-p', 'TikTok'], /^kg: --param 'TikTok': expected key=value/],
    [['query', 'overview', '--format', 'xml'], /^kg: .*(Invalid values|choices)/i],
  ])('%j fails with one line and exit code 2', async (argv, message) => {
    const { code, stderr } = await kg(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--zip writes a zip that unzip and python read back, one favourite per query in a folder', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-zip-')), 'queries.zip');
    const { code, stdout } = await kg(['query', '--zip', file]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${queries.length} queries`);
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    for (const query of queries) expect(listing).toContain(`newsgraph/${query.name}.cypher`);
    expect(execFileSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' })).toMatch(
      /Done testing/,
    );
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-unzip-'));
    execFileSync('unzip', ['-q', file, '-d', out]);
    for (const query of queries) {
      expect(readFileSync(join(out, 'newsgraph', `${query.name}.cypher`), 'utf8')).toBe(query.text);
    }
  });
});
