import { describe, expect, it } from 'vitest';
import { maskSecret, resolveNeo4jConfig, NEO4J_DEFAULTS } from '../../../src/config/neo4jConfig.js';

describe('resolveNeo4jConfig: defaults < env < flags', () => {
  const cases: [string, Record<string, string>, Record<string, string>, Partial<typeof NEO4J_DEFAULTS>][] = [
    ['defaults', {}, {}, NEO4J_DEFAULTS],
    [
      'env wins over defaults',
      { NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'pw' },
      {},
      { uri: 'neo4j://db:7687', password: 'pw' },
    ],
    ['flags win over env', { NEO4J_URI: 'neo4j://db:7687' }, { uri: 'bolt://x:1' }, { uri: 'bolt://x:1' }],
    ['empty env value falls back', { NEO4J_DATABASE: '' }, {}, { database: 'neo4j' }],
  ];
  it.each(cases)('%s', (_name, env, flags, expected) => {
    expect(resolveNeo4jConfig(env, flags)).toMatchObject(expected);
  });
});

describe('maskSecret', () => {
  it.each([
    ['auth failed for s3cret', 's3cret', 'auth failed for ***'],
    ['nothing to hide', 's3cret', 'nothing to hide'],
    ['no secret given', '', 'no secret given'],
  ])('%s', (text, secret, expected) => expect(maskSecret(text, secret)).toBe(expected));
});
