import { describe, expect, it } from 'vitest';
import { entityRefsFromRows } from '../../../src/viz/entityRefsFromRows.js';

const node = (elementId: string, labels: string[], properties: Record<string, unknown>) => ({
  elementId,
  labels,
  properties,
});
const rel = (elementId: string, type: string, start: string, end: string) => ({
  elementId,
  type,
  start,
  end,
  properties: {},
});
const a = node('4:x:1', ['Entity', 'Organization'], { id: 'org:a', name: 'A' });
const b = node('4:x:2', ['Entity', 'Organization'], { id: 'org:b', name: 'B' });

// [rows, expected ids, expected unresolved element ids]
const cases: [string, Record<string, unknown>[], string[], string[]][] = [
  ['nodes in columns', [{ e: a }, { e: b }], ['org:a', 'org:b'], []],
  ['nodes inside lists and maps', [{ xs: [a, { inner: b }] }], ['org:a', 'org:b'], []],
  [
    'a typed relationship with unseen ends',
    [{ r: rel('5:x:9', 'REJECTED', '4:x:1', '4:x:7') }],
    [],
    ['4:x:1', '4:x:7'],
  ],
  [
    'a relationship whose ends were returned',
    [{ a, r: rel('5:x:9', 'OWNS', '4:x:1', '4:x:2'), b }],
    ['org:a', 'org:b'],
    [],
  ],
  ['structural relationships are ignored', [{ r: rel('5:x:9', 'MENTIONS', '4:x:3', '4:x:1') }], [], []],
  [
    'paths',
    [
      {
        p: {
          start: a,
          end: b,
          segments: [{ start: a, relationship: rel('5:x:1', 'PARTNERED_WITH', '4:x:1', '4:x:2'), end: b }],
        },
      },
    ],
    ['org:a', 'org:b'],
    [],
  ],
  [
    'claims count for their source and target',
    [{ c: node('4:x:5', ['Claim'], { source: 'org:a', target: 'gov:c', type: 'REGULATES' }) }],
    ['org:a', 'gov:c'],
    [],
  ],
  [
    'scalars and sentences add nothing',
    [{ n: 3, s: 'text', x: node('4:x:6', ['Sentence'], { text: 'x' }) }],
    [],
    [],
  ],
];

describe('entityRefsFromRows', () => {
  it.each(cases)('%s', (_name, rows, ids, elementIds) => {
    const refs = entityRefsFromRows(rows);
    expect([...refs.ids].sort()).toEqual([...ids].sort());
    expect([...refs.elementIds].sort()).toEqual([...elementIds].sort());
  });
});
