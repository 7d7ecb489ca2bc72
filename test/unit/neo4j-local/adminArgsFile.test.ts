import { describe, expect, it } from 'vitest';
import { adminArgsFileText } from '../../../src/neo4j-local/adminArgsFile.js';

// [password, the @-file text picocli reads back as exactly that one argument]
const CASES: [string, string][] = [
  ['newsgraph-dev', '"newsgraph-dev"\n'],
  ['two words here', '"two words here"\n'],
  ['say "when"', '"say \\"when\\""\n'],
  ['back\\slash', '"back\\\\slash"\n'],
  ["it's #1 @home", '"it\'s #1 @home"\n'],
  ['trailing\\', '"trailing\\\\"\n'],
];

describe('adminArgsFileText', () => {
  it.each(CASES)('%j is one quoted, escaped argument', (password, text) => {
    expect(adminArgsFileText(password)).toBe(text);
  });

  it.each(['line\nbreak', 'carriage\rreturn'])('refuses %j: an @-file line cannot hold it', (password) => {
    expect(() => adminArgsFileText(password)).toThrow(/line break/);
  });
});
