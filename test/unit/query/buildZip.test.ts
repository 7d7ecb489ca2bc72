import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { buildZip } from '../../../src/query/buildZip.js';
import { crc32 } from '../../../src/query/crc32.js';

describe('crc32', () => {
  it.each<[string, number]>([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j -> %d', (text, expected) => {
    expect(crc32(Buffer.from(text))).toBe(expected);
  });
});

describe('buildZip', () => {
  it('is deterministic and ends with an end-of-central-directory record counting the entries', () => {
    const entries = [
      { name: 'a/one.cypher', data: 'RETURN 1;\n'.repeat(20) },
      { name: 'a/two.cypher', data: 'x' },
    ];
    const zip = buildZip(entries);
    expect(buildZip(entries).equals(zip)).toBe(true);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const end = zip.subarray(zip.length - 22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    expect(end.readUInt16LE(10)).toBe(2);
  });

  it('deflates compressible data and stores the rest', () => {
    const text = 'MATCH (n) RETURN n;\n'.repeat(50);
    const zip = buildZip([
      { name: 'big.cypher', data: text },
      { name: 'tiny', data: 'x' },
    ]);
    expect(zip.readUInt16LE(8)).toBe(8);
    const size = zip.readUInt32LE(18);
    expect(
      inflateRawSync(zip.subarray(30 + 'big.cypher'.length, 30 + 'big.cypher'.length + size)).toString(),
    ).toBe(text);
    const second = 30 + 'big.cypher'.length + size;
    expect(zip.readUInt16LE(second + 8)).toBe(0);
  });
});
