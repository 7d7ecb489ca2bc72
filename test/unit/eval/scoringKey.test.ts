import { describe, expect, it } from 'vitest';
import { scoringKey } from '../../../src/eval/scoringKey.js';

// [name, key]: the expected keys are what ../shared/dev-eval/score.py's norm() returns for the same names.
const cases: [string, string][] = [
  ['Halden Capital', 'halden capital'],
  ["The Halden Group's", 'halden group'],
  ['Halden\u2019s', 'halden'],
  ['Norvex Inc.', 'norvex inc'],
  ['Zap.io', 'zap io'],
  ['4X Capital', '4x capital'],
  ['  Ana   Ruiz ', 'ana ruiz'],
  ['the Borland Competition Authority', 'borland competition authority'],
  ['A Norvex', 'norvex'],
  ['An', 'an'],
  ['Anvil Partners', 'anvil partners'],
  ['Theta Labs', 'theta labs'],
  ['Société Norvex', 'soci t norvex'],
  ["Marlow's Bank", 'marlow bank'],
  ["Kerr'sé", 'kerr s'],
  ["O'Sullivan", 'o sullivan'],
  ["s's", 's'],
  ['Qadira-owned', 'qadira owned'],
  ['\u201cTessel\u201d', 'tessel'],
  ['the  Tindle', 'tindle'],
  ['U.S.', 'u s'],
  ['Mr. Wang Lei', 'mr wang lei'],
  ["Brix's'", 'brix'],
];

describe('scoringKey (score.py norm)', () => {
  it.each(cases)('%j -> %j', (name, key) => {
    expect(scoringKey(name)).toBe(key);
  });
});
