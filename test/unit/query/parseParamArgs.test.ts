import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { bindParams } from '../../../src/query/bindParams.js';
import { parseParamArgs } from '../../../src/query/parseParamArgs.js';
import { parseQueryScript } from '../../../src/query/parseQueryScript.js';

describe('parseParamArgs', () => {
  it.each<[string[], Record<string, string>]>([
    [[], {}],
    [['entity=TikTok'], { entity: 'TikTok' }],
    [['entity=Treasury Department', 'limit=5'], { entity: 'Treasury Department', limit: '5' }],
    [['title=a=b'], { title: 'a=b' }],
    [['entity='], { entity: '' }],
    [["entity=x'}) DETACH DELETE n //"], { entity: "x'}) DETACH DELETE n //" }],
    [['limit=1', 'limit=2'], { limit: '2' }],
  ])('%j -> %j', (pairs, expected) => {
    expect(parseParamArgs(pairs)).toEqual(expected);
  });

  it.each([['entity'], ['=TikTok'], ['1x=2'], ['my-param=1']])('rejects %s with exit code 2', (pair) => {
    expect(() => parseParamArgs([pair])).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/expected key=value/) }),
    );
  });
});

const script = parseQueryScript(
  [
    '// Test query',
    '// name: test',
    '// description: For the tests.',
    '// params:',
    '//   entity: a name',
    '//   limit: how many',
    '//   other: no default',
    ":param entity => 'TikTok'",
    ':param limit => 10',
    'MATCH (e:Entity {name: $entity})-[]-(o {name: $other}) RETURN e LIMIT $limit;',
  ].join('\n'),
  'cypher/queries/test.cypher',
);

describe('bindParams', () => {
  it.each<[Record<string, string>, Record<string, unknown>]>([
    [{ other: 'Oracle' }, { entity: 'TikTok', limit: neo4j.int(10), other: 'Oracle' }],
    [
      { other: 'Oracle', entity: 'Walmart', limit: '3' },
      { entity: 'Walmart', limit: neo4j.int(3), other: 'Oracle' },
    ],
    [
      { other: 'x', limit: ' 7 ' },
      { entity: 'TikTok', limit: neo4j.int(7), other: 'x' },
    ],
    [{ other: '42' }, { entity: 'TikTok', limit: neo4j.int(10), other: '42' }],
  ])('%j -> %j', (given, expected) => {
    expect(bindParams(script, given)).toEqual(expected);
  });

  it.each<[Record<string, string>, RegExp]>([
    [
      {},
      /query 'test' needs --param other=\.\.\.: it expects entity \(default "TikTok"\), limit \(default 10\), other$/,
    ],
    [{ other: 'x', entitty: 'y' }, /query 'test' has no parameter 'entitty': it expects entity/],
    [{ other: 'x', limit: 'ten' }, /--param limit=ten: query 'test' needs a whole number/],
    [{ other: 'x', limit: '2.5' }, /needs a whole number/],
  ])('%j is refused with one line and exit code 2', (given, message) => {
    expect(() => bindParams(script, given)).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringMatching(message) }),
    );
  });
});
