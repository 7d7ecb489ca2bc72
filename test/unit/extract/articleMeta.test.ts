import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../../src/extract/articleMeta.js';
import { formatExtracted } from '../../../src/extract/formatExtracted.js';
import type { Article, ExtractedDoc } from '../../../src/types.js';

const base: Article = { id: 'a.html', title: 'Norvex buys Lumo', text: 'Norvex buys Lumo', sha256: '' };

describe('articleMeta: what kg extract prints about the article', () => {
  const cases: Array<[Partial<Article>, ReturnType<typeof articleMeta>]> = [
    [{}, undefined],
    [{ published: '2025-01-27' }, { published: '2025-01-27' }],
    [
      { authors: ['Ana Ruiz'], publisher: 'Meridian Wire', language: 'en', path: 'a.html' },
      { authors: ['Ana Ruiz'], publisher: 'Meridian Wire', language: 'en' },
    ],
    [
      {
        url: 'https://x.example/a',
        canonicalUrl: 'https://x.example/a',
        modified: '2025-01-28',
        byline: 'Ana Ruiz',
      },
      {
        url: 'https://x.example/a',
        canonicalUrl: 'https://x.example/a',
        modified: '2025-01-28',
        byline: 'Ana Ruiz',
      },
    ],
  ];
  it.each(cases)('%j', (fields, expected) => {
    expect(articleMeta({ ...base, ...fields })).toEqual(expected);
  });

  it('is printed beside the unchanged fields, and listed under the headline in a table', () => {
    const doc: ExtractedDoc = {
      doc: 'a.html',
      title: 'Norvex buys Lumo',
      entities: [],
      relations: [],
      unasserted: [],
      meta: { published: '2025-01-27', authors: ['Ana Ruiz', 'Tomas Feld'] },
    };
    expect(JSON.parse(formatExtracted(doc, 'jsonl'))).toEqual(doc);
    expect(formatExtracted(doc, 'table').split('\n').slice(0, 3)).toEqual([
      '# a.html: Norvex buys Lumo',
      '  published: 2025-01-27',
      '  authors: Ana Ruiz; Tomas Feld',
    ]);
  });
});
