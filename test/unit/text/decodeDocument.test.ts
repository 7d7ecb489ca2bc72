import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/text/decodeDocument.js';
import { contentTypeCharset, htmlCharset } from '../../../src/text/htmlCharset.js';
import type { TextKind } from '../../../src/text/types.js';

const ascii = (s: string) => Buffer.from(s, 'latin1');
const utf16le = (s: string) => Buffer.concat([Uint8Array.of(0xff, 0xfe), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Uint8Array.of(0xfe, 0xff), le]);
};
/** Every byte 0x80-0x9F that Windows-1252 assigns, and what it is. */
const CP1252_HIGH = Uint8Array.of(
  0x80,
  0x8a,
  0x8c,
  0x8e,
  0x92,
  0x93,
  0x94,
  0x96,
  0x97,
  0x9a,
  0x9c,
  0x9e,
  0x9f,
);
const CP1252_TEXT = '\u20ac\u0160\u0152\u017d\u2019\u201c\u201d\u2013\u2014\u0161\u0153\u017e\u0178';

describe('decodeDocument', () => {
  const cases: Array<[string, Uint8Array, TextKind, string | { reason: string }]> = [
    [
      'UTF-8, no declaration',
      Buffer.from('<p>Norvex \u00e9t\u00e9</p>'),
      'html',
      '<p>Norvex \u00e9t\u00e9</p>',
    ],
    ['UTF-8 with a byte order mark', Buffer.from('\ufeffLumora'), 'txt', 'Lumora'],
    ['UTF-16LE with a byte order mark', utf16le('Qadira \u0160imon'), 'txt', 'Qadira \u0160imon'],
    ['UTF-16BE with a byte order mark', utf16be('Qadira \u0160imon'), 'html', 'Qadira \u0160imon'],
    [
      'the byte order mark wins over <meta charset>',
      utf16le('<meta charset="utf-8"><p>Pexo</p>'),
      'html',
      '<meta charset="utf-8"><p>Pexo</p>',
    ],
    [
      '<meta charset="windows-1252">: all of 0x80-0x9F',
      Buffer.concat([ascii('<meta charset="windows-1252"><p>'), CP1252_HIGH]),
      'html',
      `<meta charset="windows-1252"><p>${CP1252_TEXT}`,
    ],
    [
      'http-equiv Content-Type, ISO-8859-1 read as windows-1252 (as browsers do)',
      Buffer.concat([
        ascii('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">'),
        Uint8Array.of(0x92, 0xe9),
      ]),
      'html',
      '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">\u2019\u00e9',
    ],
    [
      'an unknown declared encoding',
      ascii('<meta charset="x-klingon"><p>Tessel</p>'),
      'html',
      { reason: 'unknown encoding "x-klingon"' },
    ],
    [
      'a text file is not sniffed for <meta>: invalid UTF-8 as before',
      Buffer.concat([ascii('<meta charset="windows-1252"> caf'), Uint8Array.of(0xe9)]),
      'txt',
      { reason: 'not valid UTF-8 (byte 0xE9 at offset 33); convert the file to UTF-8' },
    ],
    ['UTF-16 with only whitespace', utf16le('  \n '), 'txt', { reason: 'empty file (only whitespace)' }],
  ];
  it.each(cases)('%s', (_name, bytes, kind, expected) => {
    const decoded = decodeDocument(bytes, kind);
    expect(decoded).toEqual(
      typeof expected === 'string' ? { ok: true, text: expected } : { ok: false, ...expected },
    );
  });

  it('takes an HTTP charset before <meta charset>', () => {
    const bytes = Buffer.concat([ascii('<meta charset="utf-8">'), Uint8Array.of(0x9c)]);
    expect(decodeDocument(bytes, 'html', { charset: 'windows-1252' })).toEqual({
      ok: true,
      text: '<meta charset="utf-8">\u0153',
    });
  });
});

describe('htmlCharset / contentTypeCharset', () => {
  const cases: Array<[string, string | undefined]> = [
    ['<meta charset="Windows-1252">', 'windows-1252'],
    ["<meta charset='utf-8' />", 'utf-8'],
    ['<meta http-equiv="content-type" content="text/html;charset=iso-8859-15">', 'iso-8859-15'],
    ['<meta name="description" content="about charset"><p>charset=utf-16</p>', undefined],
    ['<p>no meta</p>', undefined],
  ];
  it.each(cases)('%s -> %s', (head, expected) => {
    expect(htmlCharset(ascii(head))).toBe(expected);
  });
  it('reads the charset of a Content-Type header', () => {
    expect(contentTypeCharset('text/html; charset="Shift_JIS"')).toBe('shift_jis');
    expect(contentTypeCharset('text/html')).toBeUndefined();
  });
});
