import { describe, expect, it } from 'vitest';
import { isPlainNode, isPlainPath, isPlainRelationship } from '../../../src/graph/plainValues.js';

const node = { elementId: '4:x:1', labels: ['Entity', 'Organization'], properties: { name: 'Norvex' } };
const other = { elementId: '4:x:2', labels: ['Entity'], properties: {} };
const rel = { elementId: '5:x:9', type: 'OWNS', start: '4:x:1', end: '4:x:2', properties: {} };
const path = { start: node, end: other, segments: [{ start: node, relationship: rel, end: other }] };

// [what, value, node?, relationship?, path?]
const cases: [string, unknown, boolean, boolean, boolean][] = [
  ['a node', node, true, false, false],
  ['a relationship', rel, false, true, false],
  ['a path', path, false, false, true],
  ['a zero-length path', { start: node, end: node, segments: [] }, false, false, true],
  ['a node without properties', { elementId: '4:x:1', labels: [] }, false, false, false],
  ['a relationship without its end', { ...rel, end: undefined }, false, false, false],
  [
    'a map with a type key (a row, not a relationship)',
    { type: 'OWNS', start: 'a', end: 'b' },
    false,
    false,
    false,
  ],
  ['a map with segments but no end nodes', { segments: [], start: 1, end: 2 }, false, false, false],
  ['null', null, false, false, false],
  ['a string', 'Norvex', false, false, false],
];

describe('plain graph values', () => {
  it.each(cases)('%s', (_what, value, isNode, isRel, isPath) => {
    expect([isPlainNode(value), isPlainRelationship(value), isPlainPath(value)]).toEqual([
      isNode,
      isRel,
      isPath,
    ]);
  });
});
