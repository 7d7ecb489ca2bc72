// Issue 17, "Bad input": each bad document is ONE failure naming it and saying why; the documents
// beside it are still read. [file, content, the one failure line (describeFailure, without the dir)]
export const BAD: Array<[string, string | Uint8Array, string]> = [
  [
    'headline-only.html',
    '<html><head><title>Norvex grows | Daily Meridian</title></head><body><nav><a href="/">Home</a></nav>' +
      '<h1>Norvex grows</h1><footer>© 2025 Daily Meridian</footer></body></html>',
    'headline-only.html: no article text left after removing markup and page chrome',
  ],
  [
    'menu-only.html',
    '<html><head><title>Daily Meridian</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a>' +
      '</nav><footer>© 2025 Daily Meridian. All rights reserved.</footer></body></html>',
    'menu-only.html: no article text left after removing markup and page chrome',
  ],
  [
    'klingon.html',
    '<html><head><meta charset="x-klingon"><title>Tessel</title></head><body><h1>Tessel</h1><p>Tessel grew.</p></body></html>',
    'klingon.html: unknown encoding "x-klingon"',
  ],
  [
    'archive.html',
    Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00),
    'archive.html: binary file (NUL byte at offset 4); expected UTF-8 text',
  ],
  ['empty.md', '', 'empty.md: empty file'],
  [
    'wire.jsonl',
    '{"id":"wire-ok","text":"Halden Capital bought a stake in Norvex."}\n{"id": "wire-bad", "text": \n',
    'wire.jsonl:2: invalid JSON (Unexpected end of JSON input)',
  ],
];
