import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchReport } from '../../scripts/bench/report.js';
import { testNeo4jConfig } from '../support/neo4j.js';

// A smoke run of `npm run bench` on a few hundred sentences, so that the benchmark cannot rot.
// It checks that every part ran and that the numbers are sane; it asserts no speed.
describe('npm run bench (smoke run, 300 sentences)', () => {
  it('measures every part against its baseline and writes the JSON report', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
    const { uri, password } = testNeo4jConfig();
    const args = ['--sentences', '300', '--replicas', '1', '--dev-replicas', '1', '--write-articles', '5'];
    args.push('--large-text-mb', '0.5');
    // the kg the other CLI tests run: dist when CI has built it, else the sources
    args.push('--kg', process.env.NEWSGRAPH_TEST_CLI === 'dist' ? 'dist' : 'source');
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench.ts', ...args, '--uri', uri, '--password', password, '--out', out],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    const [file] = readdirSync(out);
    const report = JSON.parse(readFileSync(join(out, file), 'utf8')) as BenchReport;

    // the sample articles, the two development sets of ../shared, nlp-corpus
    expect(report.extraction.map((e) => e.corpus.split(' ')[0])).toEqual([
      'sample',
      'dev-eval',
      'gum-dev',
      'nlp-corpus',
    ]);
    expect(report.extraction[3].sentences).toBe(300);
    for (const e of report.extraction) expect(e.ratio).toBeGreaterThan(0);
    expect(report.workers!.firstPass.speedup).toBeGreaterThan(0);
    expect(report.workers!.sustained.speedup).toBeGreaterThan(0);
    expect(report.writes).toMatchObject({ articles: 5, sameGraph: true });
    expect(report.writes!.mentionsAndClaims).toBeGreaterThan(0);
    expect(report.reingest).toMatchObject({ articles: 5, skipped: 5 });
    expect(report.fullIngest).toMatchObject({ articles: 10, sentences: expect.any(Number) });
    expect(report.fullIngest!.peakRssMB).toBeGreaterThan(0);
    expect(report.largeText!.parts).toBeGreaterThan(1); // the file was streamed in parts
    expect(report.largeText!.sentences).toBeGreaterThan(2_000);
  }, 900_000);
});
