import { describe, expect, it } from 'vitest';
import { toWriteRows } from '../../../src/graph/toWriteRows.js';
import type { Article, ExtractedDoc, Relation, Sentence } from '../../../src/types.js';

const text = 'Norvex bought Qadira. Halden did not buy Pexo. Lumo could buy Tessel.';
const article: Article = { id: 'a.txt', title: '', text, sha256: '' };
const sentences: Sentence[] = [
  { index: 0, text: 'Norvex bought Qadira.', start: 0, end: 21 },
  { index: 1, text: 'Halden did not buy Pexo.', start: 22, end: 46 },
  { index: 2, text: 'Lumo could buy Tessel.', start: 47, end: 69 },
];
const org = (name: string) => ({
  id: `org:${name.toLowerCase()}`,
  name,
  type: 'Organization' as const,
  aliases: [],
  mentions: [],
});
const relation = (sentence: number, source: string, target: string, flags: Partial<Relation>): Relation => ({
  type: 'BID_FOR',
  source: `org:${source}`,
  target: `org:${target}`,
  evidence: sentences[sentence].text,
  sentence,
  start: sentences[sentence].start,
  end: sentences[sentence].end,
  trigger: 'buy',
  confidence: 0.85,
  negated: false,
  hedged: false,
  ...flags,
});
const extracted: ExtractedDoc = {
  doc: 'a.txt',
  title: '',
  entities: ['Norvex', 'Qadira', 'Halden', 'Pexo', 'Lumo', 'Tessel'].map(org),
  relations: [relation(0, 'norvex', 'qadira', {})],
  unasserted: [
    relation(1, 'halden', 'pexo', { negated: true }),
    relation(2, 'lumo', 'tessel', { hedged: true }),
  ],
};

// [source of the claim, negated, hedged]: denied and hedged relations are written as claims with their flags
const CLAIMS: [string, boolean, boolean][] = [
  ['org:norvex', false, false],
  ['org:halden', true, false],
  ['org:lumo', false, true],
];

describe('toWriteRows: asserted and unasserted relations', () => {
  const rows = toWriteRows(article, sentences, extracted);
  it.each(CLAIMS)('%s => negated %s, hedged %s', (source, negated, hedged) => {
    const claim = rows.claims.find((c) => c.source === source);
    expect(claim && [claim.negated, claim.hedged]).toEqual([negated, hedged]);
  });

  it('output written before `unasserted` existed still writes its relations', () => {
    const old: ExtractedDoc = { ...extracted };
    delete old.unasserted;
    expect(toWriteRows(article, sentences, old).claims.map((c) => c.source)).toEqual(['org:norvex']);
  });
});

describe('toWriteRows: article metadata', () => {
  const page: Article = {
    ...article,
    published: '2025-03-12T07:41:00Z',
    modified: '2025-03-12T10:05:00Z',
    byline: 'Ana Ruiz and Tomas Feld',
    authors: ['Ana Ruiz', 'Tomas Feld'],
    publisher: 'Meridian Wire',
    canonicalUrl: 'https://meridianwire.example/norvex',
    language: 'en-GB',
  };
  // [article, the metadata columns of its row]: unknown fields are null, so a re-ingest clears them
  const cases: Array<[Article, Record<string, unknown>]> = [
    [
      page,
      {
        published: '2025-03-12T07:41:00Z',
        modified: '2025-03-12T10:05:00Z',
        byline: 'Ana Ruiz and Tomas Feld',
        authors: ['Ana Ruiz', 'Tomas Feld'],
        publisher: 'Meridian Wire',
        canonicalUrl: 'https://meridianwire.example/norvex',
        language: 'en-GB',
      },
    ],
    [
      article,
      {
        published: null,
        modified: null,
        byline: null,
        authors: null,
        publisher: null,
        canonicalUrl: null,
        language: null,
      },
    ],
  ];
  it.each(cases)('%#', (input, expected) => {
    expect(toWriteRows(input, sentences, extracted).article).toMatchObject(expected);
  });
});
