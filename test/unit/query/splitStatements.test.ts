import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../../src/graph/cypherFiles.js';

describe('splitStatements', () => {
  it.each<[string, string[]]>([
    ['RETURN 1', ['RETURN 1']],
    ['RETURN 1;', ['RETURN 1']],
    ['RETURN 1;\nRETURN 2;\n', ['RETURN 1', 'RETURN 2']],
    ['RETURN 1; RETURN 2', ['RETURN 1', 'RETURN 2']],
    [":param x => 'a;b'\nRETURN $x;", ['RETURN $x']],
    [
      ':param limit => 10\n:use neo4j\nMATCH (n)\nRETURN n\nLIMIT $limit;',
      ['MATCH (n)\nRETURN n\nLIMIT $limit'],
    ],
    ["RETURN 'a;b' AS s;", ["RETURN 'a;b' AS s"]],
    ['RETURN "a;b" AS s', ['RETURN "a;b" AS s']],
    ["RETURN 'it\\'s; fine' AS s; RETURN 2", ["RETURN 'it\\'s; fine' AS s", 'RETURN 2']],
    ['MATCH (`a;b`) RETURN 1', ['MATCH (`a;b`) RETURN 1']],
    ["// Microsoft's bid; rejected\nRETURN 1;", ["// Microsoft's bid; rejected\nRETURN 1"]],
    ['/* a; b */ RETURN 1', ['/* a; b */ RETURN 1']],
    ['// only a comment;\n// and another', []],
    ['RETURN 1;\n// trailing comment\n', ['RETURN 1']],
    ['RETURN 1;\r\nRETURN 2;\r\n', ['RETURN 1', 'RETURN 2']],
    ['', []],
  ])('%j -> %j', (script, expected) => {
    expect(splitStatements(script)).toEqual(expected);
  });

  it('keeps the ten statements of cypher/schema.cypher', () => {
    const statements = splitStatements(readFileSync('cypher/schema.cypher', 'utf8'));
    expect(statements).toHaveLength(10);
    expect(statements[0]).toMatch(/^\/\/ newsgraph schema[\s\S]*CREATE CONSTRAINT article_id/);
    expect(statements.at(-1)).toMatch(/^CREATE FULLTEXT INDEX entity_names/);
  });
});
