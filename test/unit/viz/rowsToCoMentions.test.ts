import { describe, expect, it } from 'vitest';
import { rowsToCoMentions } from '../../../src/viz/rowsToCoMentions.js';

const other = (id: string, name: string, sentences: number, articles: number) => ({
  id,
  name,
  type: 'Organization',
  aliases: [name.split(' ')[0]],
  sentences,
  articles,
});

describe('rowsToCoMentions', () => {
  it.each([
    ['no rows: every id asked for has an empty list', ['org:norvex'], [], { 'org:norvex': [] }, []],
    [
      'one entity, two co-mentioned, order kept',
      ['org:norvex'],
      [
        {
          id: 'org:norvex',
          others: [other('org:halden', 'Halden Capital', 3, 2), other('gov:qadira', 'Qadira', 1, 1)],
        },
      ],
      {
        'org:norvex': [
          { id: 'org:halden', sentences: 3, articles: 2 },
          { id: 'gov:qadira', sentences: 1, articles: 1 },
        ],
      },
      ['org:halden', 'gov:qadira'],
    ],
    [
      'an entity co-mentioned with two others is one node',
      ['org:norvex', 'person:ana-ruiz'],
      [
        { id: 'org:norvex', others: [other('org:halden', 'Halden Capital', 2, 1)] },
        { id: 'person:ana-ruiz', others: [other('org:halden', 'Halden Capital', 1, 1)] },
      ],
      {
        'org:norvex': [{ id: 'org:halden', sentences: 2, articles: 1 }],
        'person:ana-ruiz': [{ id: 'org:halden', sentences: 1, articles: 1 }],
      },
      ['org:halden'],
    ],
  ])('%s', (_name, ids, rows, byEntity, nodeIds) => {
    const out = rowsToCoMentions(ids, rows);
    expect(out.byEntity).toEqual(byEntity);
    expect(out.nodes.map((n) => n.id)).toEqual(nodeIds);
    for (const node of out.nodes) expect(node).toMatchObject({ type: 'Organization', degree: 0 });
  });
});
