import { describe, expect, it } from 'vitest';
import { tokenMatches } from '../../../src/serve/tokenMatches.js';

const token = 'Qv3n-Xr8kP2mW9sT1yZa5bC7dE0fG4hJ';
const cases: [string, boolean][] = [
  [token, true],
  ['', false],
  [token.slice(0, -1), false],
  [`${token}x`, false],
  [token.toLowerCase(), false],
  [`${token.slice(0, -1)}K`, false],
];

describe('tokenMatches', () => {
  it.each(cases)('%j -> %s', (given, expected) => {
    expect(tokenMatches(given, token)).toBe(expected);
  });
});
