import { describe, expect, it } from 'vitest';
import { matchEntity } from '../../../src/eval/matchEntity.js';
import type { GoldEntity } from '../../../src/eval/goldDoc.js';

const gold: GoldEntity[] = [
  { name: 'Donald Trump', type: 'Person', aliases: ['Trump', 'President Trump'] },
  { name: 'Beijing', type: 'Government', aliases: ['China', 'Chinese government'] },
  { name: 'Norvex Systems', type: 'Organization', aliases: ['NVX'] },
  { name: 'Washington Post', type: 'Organization', aliases: [] },
  { name: 'Washington', type: 'Government', aliases: [] },
];

// [extracted name, extracted aliases, expected gold name or undefined, expected rank]
const cases: [string, string[], string | undefined, number | undefined][] = [
  ['Donald Trump', [], 'Donald Trump', 0],
  ['President Trump', [], 'Donald Trump', 1],
  ['Mr Trump', ['Trump'], 'Donald Trump', 3],
  ['China', [], 'Beijing', 1],
  ['the Chinese government', ['Beijing'], 'Beijing', 1],
  ['Chinese state', ['Beijing'], 'Beijing', 2],
  ["Norvex Systems Inc.'s", [], 'Norvex Systems', 0],
  ['Norvex', ['NVX'], 'Norvex Systems', 3],
  ['The Washington Post', [], 'Washington Post', 0],
  ['Washington', [], 'Washington', 0],
  ['Walmart', [], undefined, undefined],
  ['the company', ['the company'], undefined, undefined],
];

describe('matchEntity', () => {
  it.each(cases)('%j %j -> %j', (name, aliases, expected, rank) => {
    const match = matchEntity({ name, aliases }, gold);
    expect(match?.gold.name).toBe(expected);
    expect(match?.rank).toBe(rank);
  });

  it('prefers a name match over an earlier alias match', () => {
    const entities: GoldEntity[] = [
      { name: 'Qadira Holdings', type: 'Organization', aliases: ['Qadira Capital'] },
      { name: 'Qadira Capital', type: 'Organization', aliases: [] },
    ];
    expect(matchEntity({ name: 'Qadira Capital', aliases: [] }, entities)?.gold.name).toBe('Qadira Capital');
  });
});
