import { describe, expect, it } from 'vitest';
import { hideStdinDash, restoreStdinDash } from '../../../src/cli/stdinArg.js';
import { runCli } from '../../support/runCli.js';

// [argv, how many "-" yargs would see (it drops them: yargs/yargs#1312)]
const CASES: [string[], number][] = [
  [['extract', '-'], 0],
  [['extract', 'a.txt', '-', 'b.md'], 0],
  [['extract', 'a.txt'], 0],
  [['extract', 'a.txt', '--', '-'], 1], // after "--" an argument is left as it is
];

describe('"-" for stdin survives yargs', () => {
  it.each(CASES)('%j: hidden from yargs, then restored', (argv, dashesLeft) => {
    const hidden = hideStdinDash(argv);
    expect(hidden.filter((a) => a === '-')).toHaveLength(dashesLeft);
    expect(restoreStdinDash({ argv: hidden }).argv).toEqual(argv);
  });

  it('kg extract - reads the article from stdin', async () => {
    const result = await runCli(
      ['extract', '-', '--format', 'table'],
      {},
      'Markets were calm.\nZentro Group acquired Lumix Labs on Monday.\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# stdin: Markets were calm.');
    expect(result.stdout).toContain('Zentro Group -ACQUIRED-> Lumix Labs');
  }, 120_000);
});
