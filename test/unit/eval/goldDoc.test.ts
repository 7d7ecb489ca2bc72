import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../src/eval/goldDoc.js';
import { InputError } from '../../../src/errors.js';

const GOLD_DIR = join(import.meta.dirname, '../../fixtures/gold');
const ARTICLES_DIR = join(import.meta.dirname, '../../../data/articles');

const entity = { name: 'Norvex', type: 'Organization', aliases: [] };

// [case, value, message fragment]
const invalid: [string, unknown, string][] = [
  ['not an object', 'Norvex', 'expected a JSON object'],
  ['a list entry that is not an object', [3], '[0]: expected an object'],
  ['a list entry without file', [{ entities: [], relations: [] }], '[0]: "file"'],
  [
    'a bad list entry',
    [
      { file: 'a.txt', entities: [entity], relations: [] },
      { file: 'b.txt', entities: [{ ...entity, type: 'Company' }], relations: [] },
    ],
    '[1]: entities[0] "Norvex" has type "Company"',
  ],
  ['no doc', { entities: [], relations: [] }, '"doc"'],
  ['no entities', { doc: 'a.txt', relations: [] }, '"entities"'],
  [
    'bad entity type',
    { doc: 'a.txt', entities: [{ ...entity, type: 'Company' }], relations: [] },
    'type "Company"',
  ],
  ['bad aliases', { doc: 'a.txt', entities: [{ ...entity, aliases: 'NVX' }], relations: [] }, '"aliases"'],
  ['duplicate names', { doc: 'a.txt', entities: [entity, entity], relations: [] }, 'share a name'],
  [
    'bad relation type',
    { doc: 'a.txt', entities: [entity], relations: [{ source: 'Norvex', type: 'BOUGHT', target: 'Norvex' }] },
    'type "BOUGHT"',
  ],
  [
    'unknown endpoint',
    { doc: 'a.txt', entities: [entity], relations: [{ source: 'Norvex', type: 'OWNS', target: 'Lumenta' }] },
    'target "Lumenta" is not an entity name',
  ],
];

describe('parseGold', () => {
  it.each(invalid)('rejects %s', (_name, value, fragment) => {
    expect(() => parseGold(value, 'gold/a.json')).toThrow(InputError);
    expect(() => parseGold(value, 'gold/a.json')).toThrow(fragment);
  });

  it('defaults aliases, optional, negated and hedged', () => {
    const [gold] = parseGold(
      {
        doc: 'a.txt',
        entities: [{ name: 'Norvex', type: 'Organization' }],
        relations: [{ source: 'Norvex', type: 'OWNS', target: 'Norvex' }],
      },
      'a.json',
    );
    expect(gold.entities[0]).toEqual({ name: 'Norvex', type: 'Organization', aliases: [], optional: false });
    expect(gold.relations[0]).toEqual({
      source: 'Norvex',
      type: 'OWNS',
      target: 'Norvex',
      optional: false,
      negated: false,
      hedged: false,
    });
  });

  it('reads the list format of the development sets, optional entities and relations, evidence', () => {
    const docs = parseGold(
      [
        {
          file: '01_norvex.txt',
          entities: [
            { name: 'Norvex', type: 'Organization', aliases: ['the Oslo group'] },
            { name: 'Tindle', type: 'Product', aliases: [], optional: true },
          ],
          relations: [
            {
              type: 'OWNS',
              source: 'Norvex',
              target: 'Tindle',
              evidence: 'Norvex owns Tindle.',
              optional: true,
            },
          ],
        },
        { file: '02_empty.txt', entities: [], relations: [] },
      ],
      'gold.json',
    );
    expect(docs.map((doc) => doc.doc)).toEqual(['01_norvex.txt', '02_empty.txt']);
    expect(docs[0].entities[1].optional).toBe(true);
    expect(docs[0].relations[0]).toMatchObject({ optional: true, evidence: 'Norvex owns Tindle.' });
  });

  const files = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json'));
  it('has one gold file per sample article', () => {
    const articles = readdirSync(ARTICLES_DIR).map((name) => name.replace(/\.[^.]+$/, ''));
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual(articles.sort());
  });

  it.each(files)('test/fixtures/gold/%s is valid and names its article', (file) => {
    const [gold] = parseGold(JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')), file);
    expect(gold.doc).toBe(file.replace(/\.json$/, '.txt'));
    expect(gold.relations.length).toBeGreaterThan(0);
    // the scorer counts no extracted Place or Product, so a required one could never be found
    const required = gold.entities.filter((entity) => !entity.optional).map((entity) => entity.type);
    expect(required).not.toContain('Place');
    expect(required).not.toContain('Product');
  });
});
