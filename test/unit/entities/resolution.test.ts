import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/extractText.js';
import { entityId, nameKey } from '../../../src/entities/nameKey.js';

/** [text, canonical name, id, surface texts that must all be mentions of that one entity] */
const VARIANTS: [string, string, string, string[]][] = [
  [
    'Fintech firm PayLoom raised $40m. Payloom said the money would fund hiring. Pay Loom declined to comment.',
    'PayLoom',
    'org:payloom',
    ['PayLoom', 'Payloom', 'Pay Loom'],
  ],
  [
    "Norvex Systems Inc said profits rose. Norvex Systems's shares gained. Norvex added staff.",
    'Norvex Systems',
    'org:norvex-systems',
    ['Norvex Systems', 'Norvex'],
  ],
  [
    'President Tom Hale signed the order. Mr Hale said it was overdue. Hale left on Friday.',
    'Tom Hale',
    'person:tom-hale',
    ['Tom Hale', 'Hale'],
  ],
  [
    'Ana Ruiz, chief executive of Felder Bank, said the deal was done. Ruiz added that costs would fall.',
    'Ana Ruiz',
    'person:ana-ruiz',
    ['Ana Ruiz', 'Ruiz'],
  ],
  [
    'China has banned the Lumo app. The Chinese government said the app broke the law. Beijing gave no details.',
    'Beijing',
    'gov:beijing',
    ['China', 'Chinese government', 'Beijing'],
  ],
  [
    'Norvex Systems (NASDAQ: NVX) reported record sales. NVX shares rose 4% on the news.',
    'Norvex Systems',
    'org:norvex-systems',
    ['Norvex Systems', 'NVX'],
  ],
  [
    'Norvex Sky Broadcasting agreed terms. NSkyB said the offer was fair. Shares in NSkyB rose.',
    'Norvex Sky Broadcasting',
    'org:norvex-sky-broadcasting',
    ['Norvex Sky Broadcasting', 'NSkyB'],
  ],
  [
    'Pexo bid for United Kingdom Steel on Monday. U.K. Steel said it would study the offer.',
    'United Kingdom Steel',
    'org:united-kingdom-steel',
    ['United Kingdom Steel', 'U.K. Steel'],
  ],
  [
    'Marlow has won the battle for Wm Halden Stores. Haldens said its board backed the bid. Shares in Haldens rose.',
    'Wm Halden Stores',
    'org:wm-halden-stores',
    ['Wm Halden Stores', 'Haldens'],
  ],
  [
    'The Liberal Party chose a leader. The Liberal Youth Council objected. The Liberals said the vote was fair.',
    'Liberal Party',
    'org:liberal-party',
    ['Liberal Party', 'Liberals'],
  ],
  [
    'OSLO - Alimentation Vert-Bois has dropped its offer. Vert-Bois said talks had stalled. Shares in Vert-Bois fell.',
    'Alimentation Vert-Bois',
    'org:alimentation-vert-bois',
    ['Alimentation Vert-Bois', 'Vert-Bois'],
  ],
  [
    'Chinese retailer Qadira Holdings rejected a bid from Norvex Systems. The Chinese company said the offer was too low.',
    'Qadira Holdings',
    'org:qadira-holdings',
    ['Qadira Holdings', 'The Chinese company'],
  ],
];

describe('entity resolution', () => {
  it.each(VARIANTS)('%s', (text, name, id, surfaces) => {
    const doc = extractText(text);
    const entity = doc.entities.find((e) => e.id === id);
    expect(entity?.name).toBe(name);
    const texts = entity!.mentions.map((m) => m.text);
    for (const s of surfaces) expect(texts).toContain(s);
  });

  it('every mention is the exact slice of the article text', () => {
    const text = VARIANTS.map((v) => v[0]).join('\n');
    for (const e of extractText(text).entities) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('ids depend only on type and canonical name', () => {
    expect(entityId('Organization', 'Felder Bank')).toBe('org:felder-bank');
    expect(nameKey('Byte Dance')).toBe(nameKey('ByteDance'));
    const a = extractText('Felder Bank rejected the offer from Norvex Systems.');
    const b = extractText('Shares of Norvex Systems fell after Felder Bank walked away.');
    expect(a.entities.map((e) => e.id).sort()).toEqual(b.entities.map((e) => e.id).sort());
  });

  it('a country as a place is not the government', () => {
    const doc = extractText('Norvex Systems opened an office in China last year.');
    expect(doc.entities.find((e) => e.name === 'China')?.type).toBe('Place');
    expect(doc.entities.some((e) => e.type === 'Government')).toBe(false);
  });
});
