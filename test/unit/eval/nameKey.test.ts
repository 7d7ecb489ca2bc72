import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/eval/nameKey.js';

const cases: [string, string][] = [
  ['ByteDance', 'bytedance'],
  ['Bytedance', 'bytedance'],
  ['Byte Dance', 'bytedance'],
  ["ByteDance's", 'bytedance'],
  ['ByteDance\u2019s', 'bytedance'],
  ["Reuters'", 'reuters'],
  ['Norvex Systems Inc.', 'norvexsystems'],
  ['Qadira Holdings plc', 'qadira'],
  ['Oracle Corp', 'oracle'],
  ['The White House', 'whitehouse'],
  ['the Chinese government', 'chinesegovernment'],
  ['Yuval Ben-Itzhak', 'yuvalbenitzhak'],
  ['U.S.', 'us'],
  ['  New   Zealand ', 'newzealand'],
  // never stripped to nothing
  ['Group', 'group'],
  ['The Co', 'co'],
];

describe('nameKey', () => {
  it.each(cases)('%j -> %j', (name, expected) => {
    expect(nameKey(name)).toBe(expected);
  });
});
