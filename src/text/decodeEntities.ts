/** Named entities seen in news HTML (the full HTML table is not needed for prose). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hyphen: '\u2010',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00b7',
  prime: '\u2032',
  Prime: '\u2033',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  times: '\u00d7',
  divide: '\u00f7',
  plusmn: '\u00b1',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
  percnt: '%',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  dollar: '$',
  sect: '\u00a7',
  para: '\u00b6',
  dagger: '\u2020',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  eacute: '\u00e9',
  egrave: '\u00e8',
  ecirc: '\u00ea',
  euml: '\u00eb',
  aacute: '\u00e1',
  agrave: '\u00e0',
  acirc: '\u00e2',
  auml: '\u00e4',
  aring: '\u00e5',
  atilde: '\u00e3',
  ccedil: '\u00e7',
  iacute: '\u00ed',
  iuml: '\u00ef',
  ntilde: '\u00f1',
  oacute: '\u00f3',
  ouml: '\u00f6',
  oslash: '\u00f8',
  uacute: '\u00fa',
  uuml: '\u00fc',
  szlig: '\u00df',
  Eacute: '\u00c9',
  Auml: '\u00c4',
  Ouml: '\u00d6',
  Uuml: '\u00dc',
};

/** Windows-1252 code points that HTML maps numeric references 128-159 to ("&#146;" -> "’"). */
const CP1252: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  139: 0x2039,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  153: 0x2122,
  155: 0x203a,
};

/** Decodes HTML character references: "AT&amp;T", "&#8217;", "&#x2014;", "&rsquo;". Unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g,
    (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const hex = ref[1] === 'x' || ref[1] === 'X';
        const code = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
        const mapped = CP1252[code] ?? code;
        if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\ufffd';
        return String.fromCodePoint(mapped);
      }
      return Object.hasOwn(NAMED, ref) ? NAMED[ref] : whole;
    },
  );
}
