import { describe, expect, it } from 'vitest';
import { AllowListError } from '../../../src/errors.js';
import { expandTemplate } from '../../../src/graph/allowList.js';
import { loadCypher } from '../../../src/graph/cypherFiles.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../src/types.js';

/** [template, what the expansion must be] */
const EXPANDS: [string, string][] = [
  ['RETURN 1', 'RETURN 1'],
  [
    'MERGE (e:Entity {id: $id})\n// @each __LABEL__\nSET e:__LABEL__\n// @end\n',
    `MERGE (e:Entity {id: $id})\n${ENTITY_TYPES.map((t) => `SET e:${t}\n`).join('')}`,
  ],
  ['A\n// @each __TYPE__\n[:__TYPE__]\n// @end\nB', `A\n${RELATION_TYPES.map((t) => `[:${t}]\n`).join('')}B`],
];

/** Templates that must be refused: a slot outside a block is never filled from a parameter. */
const REFUSED: string[] = [
  'SET e:__LABEL__',
  'MERGE (a)-[:__TYPE__]->(b)',
  '// @each __LABEL__\nSET e:__LABEL__\n', // no @end: the block is not closed
];

describe('expandTemplate: one statement for every allow-listed label or type', () => {
  it.each(EXPANDS)('expands %j', (template, expected) => {
    expect(expandTemplate(template)).toBe(expected);
  });

  it.each(REFUSED)('refuses %j', (template) => {
    expect(() => expandTemplate(template)).toThrow(AllowListError);
  });

  it.each([
    ['write/entities.cypher', ENTITY_TYPES.map((t) => `SET e:${t})`)],
    ['write/edges.cypher', RELATION_TYPES.map((t) => `MERGE (source)-[r:${t}]->(target)`)],
  ])('%s covers every name of its allow-list', (file, expected) => {
    const cypher = expandTemplate(loadCypher(file));
    for (const line of expected) expect(cypher).toContain(line);
    expect(cypher).not.toMatch(/^\/\/ @(each|end)/m);
  });
});
