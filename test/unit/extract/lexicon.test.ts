import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AllowListError } from '../../../src/errors.js';
import { compileLexicon } from '../../../src/lexicon/compileLexicon.js';
import { loadLexicon, parseGazetteer, WORD_LISTS } from '../../../src/lexicon/lexicon.js';
import { wordSet } from '../../../src/lexicon/wordSet.js';
import { DATA_DIR } from '../../../src/packageRoot.js';
import { extractDocument } from '../../../src/extract/extractDocument.js';
import { splitSentences } from '../../../src/text/index.js';

describe('lexicon', () => {
  it('parses TSV and JSON gazetteer entries', () => {
    expect(parseGazetteer('# c\nOrganization\tKelvara\tKLV|Kelvara Group\n', 'x.tsv')).toEqual([
      { type: 'Organization', name: 'Kelvara', aliases: ['KLV', 'Kelvara Group'] },
    ]);
    expect(parseGazetteer('[{"type":"Product","name":"Lumo"}]', 'x.json')).toEqual([
      { type: 'Product', name: 'Lumo', aliases: [] },
    ]);
  });

  it.each([
    ['Company\tKelvara\n', 'x.tsv'],
    ['[{"type":"Ticker","name":"KLV"}]', 'x.json'],
  ])('rejects an entry whose type is not an entity type: %s', (text, file) => {
    expect(() => parseGazetteer(text, file)).toThrow(AllowListError);
    expect(() => parseGazetteer(text, file)).toThrow(/x\.(tsv|json).*not one of/);
  });

  it('--lexicon adds names the rules cannot type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    const file = join(dir, 'extra.tsv');
    writeFileSync(file, 'Organization\tKelvara\tKLV\n');
    const text = 'Kelvara rejected the offer. KLV shares rose.';
    const run = (extraFiles: string[]) =>
      extractDocument(
        { id: 't', title: '', text, sha256: '' },
        splitSentences(text),
        loadLexicon({ extraFiles }),
      );
    expect(run([]).entities.some((e) => e.name === 'Kelvara')).toBe(false);
    const kelvara = run([file]).entities.find((e) => e.id === 'org:kelvara');
    expect(kelvara?.mentions.map((m) => m.text)).toEqual(['Kelvara', 'KLV']);
  });

  it('registers every data/lexicon list once, and a rule reads it as the compiled lexicon does', () => {
    const files = readdirSync(join(DATA_DIR, 'lexicon'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.replace(/\.txt$/, ''));
    expect([...WORD_LISTS].sort()).toEqual(files.sort());
    const words = compileLexicon(loadLexicon()).words;
    for (const name of WORD_LISTS) expect([...wordSet(name)]).toEqual([...words[name]]);
  });
});
