/**
 * `--lexicon FILE` adds names, nothing else: a type outside the five entity labels, an attempt
 * to add a relationship type, or an unknown field is one clear error naming the file (and line);
 * names full of quotes, backticks, braces and Cypher keywords are plain data all the way to the
 * parameter rows the writer sends (the Neo4j-side proof is in the integration suite).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AllowListError, InputError, NewsgraphError } from '../../../src/errors.js';
import { extractDocument } from '../../../src/extract/extractDocument.js';
import { loadLexicon, parseGazetteer } from '../../../src/lexicon/lexicon.js';
import { expandTemplate, fillTemplate } from '../../../src/graph/allowList.js';
import { loadCypher } from '../../../src/graph/cypherFiles.js';
import { PACKAGE_ROOT } from '../../../src/packageRoot.js';
import type { Gateway, Params, TxRunner } from '../../../src/graph/gateway.js';
import { toWriteRows } from '../../../src/graph/toWriteRows.js';
import { writeArticles } from '../../../src/graph/writeArticles.js';
import { splitSentences } from '../../../src/text/index.js';
import { ENTITY_TYPES, RELATION_TYPES, type Article } from '../../../src/types.js';
import { HOSTILE_NAMES } from '../../support/hostileNames.js';

const dir = mkdtempSync(join(tmpdir(), 'lexicon-allow-'));
function lexiconFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** [file name, contents, error type, what the one-line message must say] */
const REJECTED: [string, string, typeof NewsgraphError, RegExp][] = [
  [
    'inject.tsv',
    'Organization`) DETACH DELETE (n\tAcme\n',
    AllowListError,
    /inject\.tsv:1: entity type .* is not one of/,
  ],
  ['admin.tsv', '# comment\nAdmin\tAcme\n', AllowListError, /admin\.tsv:2: entity type "Admin"/],
  ['multi.tsv', 'Person:Admin\tAna Ruiz\n', AllowListError, /multi\.tsv:1: entity type "Person:Admin"/],
  ['colon.tsv', ':Organization\tAcme\n', AllowListError, /colon\.tsv:1: entity type ":Organization"/],
  ['case.tsv', 'organization\tAcme\n', AllowListError, /case\.tsv:1: entity type "organization"/],
  ['reltype.tsv', 'REJECTED\tAcme\tBeta\n', AllowListError, /reltype\.tsv:1: .*relation types come from/],
  ['newrel.tsv', 'HACKED\tAcme\n', AllowListError, /newrel\.tsv:1: entity type "HACKED"/],
  ['column.tsv', 'Organization\tAcme\tACME\tACQUIRED\n', InputError, /column\.tsv:1: expected .*4 columns/],
  ['noname.tsv', 'Organization\t`)}\n', InputError, /noname\.tsv:1: name .* has no letter or digit/],
  ['alias.tsv', 'Organization\tAcme\tAC|.\n', InputError, /alias\.tsv:1: name "\." has no letter/],
  [
    'type.json',
    '[{"type":"Admin","name":"Acme"}]',
    AllowListError,
    /type\.json: entry 1: entity type "Admin"/,
  ],
  [
    'newline.json',
    '[{"type":"Organization","name":"A"},{"type":"Organization\\nDETACH DELETE","name":"B"}]',
    AllowListError,
    /newline\.json: entry 2: entity type "Organization\\nDETACH DELETE"/,
  ],
  [
    'relation.json',
    '[{"type":"Organization","name":"Acme","relation":"OWNS_ALL"}]',
    AllowListError,
    /relation\.json: entry 1: unknown field "relation"/,
  ],
  [
    'label.json',
    '[{"type":"Organization","name":"Acme","labels":["Admin"]}]',
    AllowListError,
    /label\.json: entry 1: unknown field "labels"/,
  ],
  [
    'aliases.json',
    '[{"type":"Organization","name":"Acme","aliases":[{"$ne":1}]}]',
    InputError,
    /aliases\.json: entry 1: "aliases" must be an array of strings/,
  ],
  ['notobject.json', '["Organization"]', InputError, /notobject\.json: entry 1: expected an object/],
];

describe('--lexicon refuses anything but names of the five entity types', () => {
  it.each(REJECTED)('%s', (name, text, errorType, message) => {
    const file = lexiconFile(name, text);
    let error: unknown;
    try {
      loadLexicon({ extraFiles: [file] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(errorType);
    const line = (error as Error).message;
    expect(line).toContain(file);
    expect(line).toMatch(message);
    expect(line).not.toMatch(/[\n\r]/);
  });
});

describe('names with quotes, backticks, braces and Cypher keywords are data', () => {
  it.each(HOSTILE_NAMES.map((name) => [name]))('%s', (name) => {
    const tsv = parseGazetteer(`Organization\t${name}\t${name} Ltd\n`, 'x.tsv');
    expect(tsv).toEqual([{ type: 'Organization', name, aliases: [`${name} Ltd`] }]);
    const json = parseGazetteer(JSON.stringify([{ type: 'Person', name, aliases: [name] }]), 'x.json');
    expect(json).toEqual([{ type: 'Person', name, aliases: [name] }]);
  });

  it('reach the writer only as parameter values; labels and types in Cypher text come from the allow-lists', async () => {
    const file = lexiconFile('hostile.tsv', HOSTILE_NAMES.map((n) => `Organization\t${n}\n`).join(''));
    const lexicon = loadLexicon({ extraFiles: [file] });
    const text = [
      'Hostile names',
      ...HOSTILE_NAMES.map((n) => `${n} has rejected a takeover offer from Oracle.`),
    ].join('\n');
    const article: Article = { id: 'hostile.txt', title: 'Hostile names', text, sha256: '0' };
    const sentences = splitSentences(text);
    const doc = extractDocument(article, sentences, lexicon);
    const rows = toWriteRows(article, sentences, doc);

    const names = new Set(rows.entities.map((e) => e.name));
    for (const name of HOSTILE_NAMES) expect(names, name).toContain(name);
    expect(rows.claims.length).toBeGreaterThan(0);
    for (const e of rows.entities) expect(ENTITY_TYPES).toContain(e.type);
    for (const c of rows.claims) expect(RELATION_TYPES).toContain(c.type);

    // writeArticles against a recorder that keeps every statement and its parameters (no database).
    const statements: { cypher: string; params: Params }[] = [];
    const tx: TxRunner = {
      run: async (cypher, params = {}) => {
        statements.push({ cypher, params });
        return [];
      },
    };
    const recorder = { writeTransaction: (work: (t: TxRunner) => Promise<unknown>) => work(tx) };
    await writeArticles(recorder as unknown as Gateway, [rows]);

    const cypherText = statements.map((s) => s.cypher).join('\n');
    const paramText = JSON.stringify(statements.map((s) => s.params));
    for (const name of HOSTILE_NAMES) {
      expect(cypherText).not.toContain(name);
      expect(paramText).toContain(JSON.stringify(name).slice(1, -1));
    }
    // Every statement is one of our .cypher files, its __LABEL__ / __TYPE__ slots filled from the allow-lists.
    const allowed = new Set<string>();
    for (const f of readdirSync(join(PACKAGE_ROOT, 'cypher', 'write'))) {
      const template = loadCypher(`write/${f}`);
      allowed.add(template);
      if (template.includes('// @each ')) allowed.add(expandTemplate(template));
      if (template.includes('__LABEL__'))
        for (const label of ENTITY_TYPES) allowed.add(fillTemplate(template, { label }));
      if (template.includes('__TYPE__'))
        for (const type of RELATION_TYPES) allowed.add(fillTemplate(template, { type }));
    }
    for (const s of statements) expect(allowed.has(s.cypher), s.cypher.slice(0, 200)).toBe(true);
    expect(statements.some((s) => s.cypher.includes('SET e:Organization'))).toBe(true);
    expect(statements.some((s) => s.cypher.includes('[r:REJECTED]'))).toBe(true);
  });
});
