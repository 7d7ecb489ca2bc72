import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../src/query/formatCell.js';
import { formatCsv, formatTable } from '../../../src/query/formatRows.js';

const node = (id: string, properties: Record<string, unknown>, labels = ['Entity', 'Organization']) => ({
  elementId: id,
  labels,
  properties,
});
const rel = (id: string, type: string, start: string, end: string) => ({
  elementId: id,
  type,
  start,
  end,
  properties: {},
});
const walmart = node('n1', { name: 'Walmart' });
const microsoft = node('n2', { name: 'Microsoft' });
const bytedance = node('n3', { name: 'ByteDance' });

describe('formatCell', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    ['plain', 'plain'],
    ['two\n  lines', 'two lines'],
    [3, '3'],
    [0.85, '0.85'],
    [false, 'false'],
    [walmart, 'Walmart'],
    [node('a', { id: '000_x.txt', title: 'TikTok picks Oracle' }, ['Article']), 'TikTok picks Oracle'],
    [node('s', { id: 'a#1', text: 'A sentence.' }, ['Sentence']), 'a#1'],
    [node('c', {}, ['Claim']), '(:Claim)'],
    [rel('r1', 'BID_FOR', 'n2', 'n9'), '-[BID_FOR]->'],
    [['a', 'b', 3], 'a, b, 3'],
    [[walmart, microsoft], 'Walmart, Microsoft'],
    [{ a: 1 }, '{"a":1}'],
    [{ start: walmart, end: walmart, segments: [] }, 'Walmart'],
    [
      {
        start: walmart,
        end: bytedance,
        segments: [
          { start: walmart, relationship: rel('r1', 'PARTNERED_WITH', 'n1', 'n2'), end: microsoft },
          { start: microsoft, relationship: rel('r2', 'REJECTED', 'n3', 'n2'), end: bytedance },
        ],
      },
      'Walmart -[PARTNERED_WITH]-> Microsoft <-[REJECTED]- ByteDance',
    ],
  ])('%j -> %s', (value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });
});

describe('formatTable', () => {
  it.each<[Record<string, unknown>[], string]>([
    [[], '(no rows)\n'],
    [
      [
        { bidder: microsoft, target: 'TikTok', claims: 4 },
        { bidder: walmart, target: 'TikTok', claims: 12 },
      ],
      [
        'bidder    | target | claims',
        '----------+--------+-------',
        'Microsoft | TikTok |      4',
        'Walmart   | TikTok |     12',
        '(2 rows)',
        '',
      ].join('\n'),
    ],
    [[{ a: null, b: 'x' }], ['a | b', '--+--', '  | x', '(1 row)', ''].join('\n')],
  ])('%j', (rows, expected) => {
    expect(formatTable(rows)).toBe(expected);
  });

  it('clips long cells', () => {
    expect(formatTable([{ text: 'x'.repeat(20) }], 10).split('\n')[2]).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('formatCsv', () => {
  it.each<[Record<string, unknown>[], string]>([
    [[{ a: 1, b: 'x' }], 'a,b\r\n1,x\r\n'],
    [[{ who: microsoft, says: 'said "no", twice' }], 'who,says\r\nMicrosoft,"said ""no"", twice"\r\n'],
    [[{ list: ['a', 'b'] }], 'list\r\n"a, b"\r\n'],
  ])('%j', (rows, expected) => {
    expect(formatCsv(rows)).toBe(expected);
  });
});
