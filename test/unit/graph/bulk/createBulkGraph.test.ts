import { describe, expect, it } from 'vitest';
import { createBulkGraph } from '../../../../src/graph/bulk/createBulkGraph.js';
import type { ArticleRows, ClaimRow } from '../../../../src/graph/toWriteRows.js';

const claim = (articleId: string, sentenceIndex: number, over: Partial<ClaimRow>): ClaimRow => ({
  id: `${articleId}|${sentenceIndex}|${JSON.stringify(over)}`,
  sentenceId: `${articleId}#${sentenceIndex}`,
  articleId,
  sentenceIndex,
  type: 'BID_FOR',
  source: 'org:norvex',
  target: 'org:qadira',
  confidence: 0.7,
  negated: false,
  hedged: false,
  trigger: 'bid for',
  eventDate: null,
  eventEnd: null,
  granularity: null,
  timeText: null,
  timeSource: null,
  expected: false,
  ...over,
});

const article = (
  id: string,
  published: string | null,
  aliases: string[],
  claims: ClaimRow[],
): ArticleRows => ({
  article: {
    id,
    title: id,
    path: null,
    url: null,
    published,
    byline: null,
    modified: null,
    authors: null,
    publisher: null,
    canonicalUrl: null,
    language: null,
    sha256: 'x',
    sentenceCount: 2,
  },
  sentences: [0, 1].map((index) => ({
    id: `${id}#${index}`,
    articleId: id,
    index,
    text: 's',
    start: 0,
    end: 1,
    previousId: index > 0 ? `${id}#${index - 1}` : null,
  })),
  entities: [
    { id: 'org:norvex', name: aliases[0], type: 'Organization', aliases },
    { id: 'org:qadira', name: 'Qadira', type: 'Organization', aliases: ['Qadira'] },
  ],
  mentions: [],
  claims,
});

describe('createBulkGraph: what the ordinary writer would leave, as CSV lines', () => {
  // "Norvex bid for Qadira" in b.txt (2024-03-01) twice, and in a.txt (2024-01-05), where it is
  // hedged and dated; a denial ("Norvex did not bid for Qadira") is a claim but no edge
  const graph = createBulkGraph('2026-01-01T00:00:00Z');
  graph.addBatch([
    article(
      'b.txt',
      '2024-03-01',
      ['Norvex Group', 'Norvex'],
      [
        claim('b.txt', 0, { confidence: 0.9 }),
        claim('b.txt', 0, { trigger: 'offer for' }),
        claim('b.txt', 1, { negated: true, confidence: 1 }),
      ],
    ),
    article(
      'a.txt',
      '2024-01-05',
      ['Norvex', 'NRX'],
      [
        claim('a.txt', 1, { hedged: true, eventDate: '2023-12-01', eventEnd: '2023-12-31' }),
        claim('a.txt', 0, { eventDate: '2031-01-01', expected: true }),
      ],
    ),
  ]);
  const { entities, edges } = graph.finish();

  it('aggregates an edge as edges.cypher does', () => {
    expect(edges).toEqual([
      '"org:norvex","org:qadira","BID_FOR",4,3,2,"2024-01-05","2024-03-01","2023-12-01","2023-12-31",0.9,false\n',
    ]);
  });

  it('names an entity from the first article of the batch by id, aliases in first-seen order', () => {
    expect(entities?.[0]).toBe(
      '"org:norvex","Norvex","Organization","NRX\u001fNorvex\u001fNorvex Group","Entity\u001fOrganization"\n',
    );
  });
});
