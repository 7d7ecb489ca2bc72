import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGoldDoc } from '../../../src/eval/goldDoc.js';
import { InputError } from '../../../src/errors.js';

const GOLD_DIR = join(import.meta.dirname, '../../fixtures/gold');
const ARTICLES_DIR = join(import.meta.dirname, '../../../data/articles');

const entity = { name: 'Norvex', type: 'Organization', aliases: [] };

// [case, value, message fragment]
const invalid: [string, unknown, string][] = [
  ['not an object', [], 'expected a JSON object'],
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

describe('parseGoldDoc', () => {
  it.each(invalid)('rejects %s', (_name, value, fragment) => {
    expect(() => parseGoldDoc(value, 'gold/a.json')).toThrow(InputError);
    expect(() => parseGoldDoc(value, 'gold/a.json')).toThrow(fragment);
  });

  it('defaults aliases, negated and hedged', () => {
    const gold = parseGoldDoc(
      {
        doc: 'a.txt',
        entities: [{ name: 'Norvex', type: 'Organization' }],
        relations: [{ source: 'Norvex', type: 'OWNS', target: 'Norvex' }],
      },
      'a.json',
    );
    expect(gold.entities[0].aliases).toEqual([]);
    expect(gold.relations[0]).toEqual({
      source: 'Norvex',
      type: 'OWNS',
      target: 'Norvex',
      negated: false,
      hedged: false,
    });
  });

  const files = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json'));
  it('has one gold file per sample article', () => {
    const articles = readdirSync(ARTICLES_DIR).map((name) => name.replace(/\.[^.]+$/, ''));
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual(articles.sort());
  });

  it.each(files)('test/fixtures/gold/%s is valid and names its article', (file) => {
    const gold = parseGoldDoc(JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')), file);
    expect(gold.doc).toBe(file.replace(/\.json$/, '.txt'));
    expect(gold.relations.length).toBeGreaterThan(0);
  });
});
