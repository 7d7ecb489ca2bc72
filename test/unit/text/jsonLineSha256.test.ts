import { describe, expect, it } from 'vitest';
import { jsonLineSha256 } from '../../../src/text/jsonLineSha256.js';
import { parseJsonLine, type JsonLineRecord } from '../../../src/text/parseJsonLine.js';

const base = {
  id: 'nx-1',
  title: 'Norvex bids for Qadira',
  text: 'Norvex Systems made an offer for Qadira Holdings on Monday.',
  url: 'https://example.com/nx-1',
  published: '2024-03-01',
};

function hashOf(line: string): string {
  const parsed = parseJsonLine(line);
  if (!parsed.ok) throw new Error(parsed.reason);
  return jsonLineSha256(parsed.record);
}

describe('jsonLineSha256: every field that reaches the graph counts', () => {
  it.each<[string, Partial<JsonLineRecord>]>([
    ['published', { published: '2024-03-02' }],
    ['url', { url: 'https://example.com/nx-1?v=2' }],
    ['title', { title: 'Norvex raises its bid for Qadira' }],
    ['text', { text: 'Norvex Systems withdrew its offer for Qadira Holdings.' }],
    ['id', { id: 'nx-2' }],
    ['published removed', { published: undefined }],
    ['url removed', { url: undefined }],
  ])('a changed %s changes the hash', (_, change) => {
    expect(hashOf(JSON.stringify({ ...base, ...change }))).not.toBe(hashOf(JSON.stringify(base)));
  });

  it.each<[string, string]>([
    ['keys in another order', JSON.stringify(Object.fromEntries(Object.entries(base).reverse()))],
    ['spaces between fields', JSON.stringify(base, null, 1).replace(/\n/g, ' ')],
    ['a field newsgraph does not read', JSON.stringify({ ...base, author: 'Ana Ruiz' })],
  ])('%s leaves the hash as it is', (_, line) => {
    expect(hashOf(line)).toBe(hashOf(JSON.stringify(base)));
  });

  it('takes a numeric id as the same id written as a string (both become Article id "7")', () => {
    expect(hashOf(JSON.stringify({ ...base, id: 7 }))).toBe(hashOf(JSON.stringify({ ...base, id: '7' })));
  });

  it('tells a field moved into another apart (no separator collisions)', () => {
    const a = jsonLineSha256({ title: 'Norvex\nbids', text: 'for Qadira.' });
    const b = jsonLineSha256({ title: 'Norvex', text: 'bids\nfor Qadira.' });
    expect(a).not.toBe(b);
  });
});
