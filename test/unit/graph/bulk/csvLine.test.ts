import { describe, expect, it } from 'vitest';
import { importArguments } from '../../../../src/graph/bulk/bulkFiles.js';
import { csvLine, type CsvValue } from '../../../../src/graph/bulk/csvLine.js';

describe('csvLine: one line of an import data file', () => {
  it.each<[CsvValue[], string]>([
    [['Norvex', 3, true], '"Norvex",3,true\n'],
    [[null, ''], ',""\n'], // null: no property; "": an empty string
    [['Halden "Labs", Inc.'], '"Halden ""Labs"", Inc."\n'],
    [['line one\nline two'], '"line one\nline two"\n'], // --multiline-fields
    [[['Ana Ruiz', 'A. Ruiz; CEO']], '"Ana Ruiz\u001fA. Ruiz; CEO"\n'], // ';' stays inside an alias
    [[0.85, false], '0.85,false\n'],
  ])('%j -> %j', (values, line) => {
    expect(csvLine(values)).toBe(line);
  });
});

describe('importArguments', () => {
  it('names every file pair and the array delimiter as U+hex', () => {
    const args = importArguments('/x', '\u001f');
    expect(args).toContain('--array-delimiter=U+001F');
    expect(args).toContain('--nodes=Article=/x/articles-header.csv,/x/articles.csv');
    expect(args).toContain('--nodes=/x/entities-header.csv,/x/entities.csv');
    expect(args).toContain('--relationships=MENTIONS=/x/mentions-header.csv,/x/mentions.csv');
    expect(args).toContain('--relationships=/x/edges-header.csv,/x/edges.csv');
  });
});
