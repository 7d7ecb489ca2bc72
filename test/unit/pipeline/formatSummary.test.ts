import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../src/pipeline/formatSummary.js';
import { emptySummary } from '../../../src/pipeline/types.js';

describe('formatSummary: the URLs line', () => {
  it.each([
    [{ fetched: 0, notModified: 0 }, undefined],
    [{ fetched: 2, notModified: 0 }, 'urls: 2 fetched, 0 not modified (304: nothing read)'],
    [{ fetched: 0, notModified: 1 }, 'urls: 0 fetched, 1 not modified (304: nothing read)'],
  ])('%o -> %j', (urls, line) => {
    const lines = formatSummary({ ...emptySummary(false), urls }).split('\n');
    expect(lines.find((l) => l.startsWith('urls:'))).toBe(line);
  });
});
