import { describe, expect, it } from 'vitest';
import { matchEntity } from '../../../src/eval/matchEntity.js';
import { makeGold } from './makeDoc.js';

const gold = makeGold(
  [
    ['Ana Ruiz', 'Person', ['Ruiz', 'Ms Ruiz']],
    ['Borland Competition Authority', 'Government', ['the competition watchdog', 'BCA']],
    ['Norvex Systems', 'Organization', ['Norvex']],
    ['Halden Post', 'Organization'],
    ['Halden', 'Government'],
    // shares the alias "Norvex" with Norvex Systems, listed later: the earlier entity keeps it
    ['Norvex Bank', 'Organization', ['Norvex']],
  ],
  [],
).entities;

// [extracted name, extracted aliases, expected gold name or undefined]
const cases: [string, string[], string | undefined][] = [
  ['Ana Ruiz', [], 'Ana Ruiz'],
  ['Ms. Ruiz', [], 'Ana Ruiz'],
  ["Ruiz's", [], 'Ana Ruiz'],
  ['The Borland Competition Authority', [], 'Borland Competition Authority'],
  ['Competition Watchdog', [], 'Borland Competition Authority'],
  ['B.C.A.', [], undefined], // "b c a" is not "bca"
  ["Norvex Systems'", [], 'Norvex Systems'],
  ['Norvex Systems Inc', [], undefined], // no corporate suffix is dropped
  ['NorvexSystems', [], undefined],
  ['Norvex', [], 'Norvex Systems'],
  ['Norvex Bank', ['Norvex'], 'Norvex Bank'],
  // the name first, then the aliases in order: the first that is a gold key decides
  ['Halden', ['Halden Post'], 'Halden'],
  ['Halden Group', ['Halden Post', 'Halden'], 'Halden Post'],
  ['Trevan Labs', ['the company'], undefined],
];

describe('matchEntity (score.py matching)', () => {
  const match = matchEntity(gold);
  it.each(cases)('%j %j -> %j', (name, aliases, expected) => {
    expect(match({ name, aliases })?.name).toBe(expected);
  });
});
