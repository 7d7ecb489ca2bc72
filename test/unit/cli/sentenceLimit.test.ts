import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/text/index.js';
import { runCli } from '../../support/runCli.js';

// A run-on line, as a flattened table or a transcript gives: 60 clauses and no full stop.
const RUN_ON = Array.from({ length: 60 }, (_, i) => `Norvex unit ${i} reported figures`).join(', ');
const TEXT = `Norvex Systems posts results\n${RUN_ON}.\n`;

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sentence-limit-'));
const file = join(dir, 'run-on.txt');
writeFileSync(file, TEXT);

// [flags, the sentence limit that must reach the splitter, in the main thread and in workers]
const ACCEPTED: [string[], number | undefined][] = [
  [['--workers', '0'], undefined],
  [['--workers', '0', '--max-sentence-chars', '120'], 120],
  [['--workers', '1', '--max-sentence-chars', '120'], 120],
];

// [value, why it is refused]
const REFUSED: [string, string][] = [
  ['0', 'below 1'],
  ['-5', 'negative'],
  ['2.5', 'not whole'],
  ['many', 'not a number'],
];

describe('--max-sentence-chars', () => {
  it.each(ACCEPTED)(
    'kg ingest --dry-run %j cuts the run-on line as the splitter does',
    async (flags, max) => {
      const result = await runCli(['ingest', file, '--dry-run', '--json', ...flags]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const expected = splitSentences(TEXT.trim(), { maxSentenceChars: max }).length;
      if (max) expect(expected).toBeGreaterThan(splitSentences(TEXT.trim()).length);
      expect((JSON.parse(result.stdout) as { sentences: number }).sentences).toBe(expected);
    },
    120_000,
  );

  it.each(REFUSED)(
    'refuses %s (%s) in one line, exit 2, before reading a file',
    async (value) => {
      for (const command of [
        ['ingest', file, '--dry-run'],
        ['extract', file],
      ]) {
        const result = await runCli([...command, '--max-sentence-chars', value]);
        expect(result.code).toBe(2);
        expect(result.stderr.trim().split('\n')).toEqual([
          expect.stringContaining('--max-sentence-chars must be a whole number of at least 1'),
        ]);
        expect(result.stdout).toBe('');
      }
    },
    120_000,
  );
});
