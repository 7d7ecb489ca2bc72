import { describe, expect, it } from 'vitest';
import { parseCypherLiteral } from '../../../src/query/parseCypherLiteral.js';
import { parseParamLine } from '../../../src/query/parseParamLine.js';

describe('parseParamLine', () => {
  it.each<[string, unknown]>([
    [":param entity => 'ByteDance'", { name: 'entity', value: 'ByteDance' }],
    [':param entity => "Byte Dance"', { name: 'entity', value: 'Byte Dance' }],
    [":param  source=>'Treasury Department' ", { name: 'source', value: 'Treasury Department' }],
    [':param limit => 10', { name: 'limit', value: 10 }],
    [':param ratio => 0.5;', { name: 'ratio', value: 0.5 }],
    [':param hedged => false', { name: 'hedged', value: false }],
    [':param none => null', { name: 'none', value: null }],
    [":param types => ['LEADS', 'OWNS']", { name: 'types', value: ['LEADS', 'OWNS'] }],
    [':param limit: 5', { name: 'limit', value: 5 }],
    [":param `odd name` => 'x'", { name: 'odd name', value: 'x' }],
    [":param q => 'it\\'s'", { name: 'q', value: "it's" }],
    ['MATCH (n) RETURN n', null],
    ['// :param entity => 1', null],
    [':use neo4j', null],
    [':param entity => datetime()', { error: expect.stringMatching(/needs a literal value/) }],
    [":param entity => 'unterminated", { error: expect.stringMatching(/needs a literal value/) }],
    [':param {entity: 1}', { error: expect.stringMatching(/expected ':param name => value'/) }],
  ])('%s', (line, expected) => {
    expect(parseParamLine(line)).toEqual(expected);
  });
});

describe('parseCypherLiteral', () => {
  it.each<[string, unknown]>([
    ["'a'", 'a'],
    ['"a\\nb"', 'a\nb'],
    ['-3', -3],
    ['1e3', 1000],
    ['TRUE', true],
    ['[]', []],
    ["[1, 'two', [3]]", [1, 'two', [3]]],
    ["'a' + 'b'", undefined],
    ['foo', undefined],
    ['[1, 2', undefined],
  ])('%s -> %j', (text, expected) => {
    expect(parseCypherLiteral(text)).toEqual(expected);
  });
});
