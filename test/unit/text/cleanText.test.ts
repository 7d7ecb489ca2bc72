import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/text/index.js';
import { isChromeLine } from '../../../src/text/dropChrome.js';
import { looksLikeHeadline } from '../../../src/text/looksLikeHeadline.js';
import { normalizeUnicode } from '../../../src/text/normalizeUnicode.js';
import { bylineAuthors } from '../../../src/text/bylineAuthors.js';
import { parseByline } from '../../../src/text/parseByline.js';
import { parseDateLine } from '../../../src/text/parseDateLine.js';
import { readHtml } from '../../../src/text/readHtml.js';

describe('normalizeUnicode', () => {
  const cases: Array<[string, string]> = [
    ['Qadira\u2019s \u201crecord\u201d quarter', 'Qadira\'s "record" quarter'],
    ['\u2018cautious\u2019 outlook', "'cautious' outlook"],
    ['\u00abnon\u00bb', '"non"'],
    ['sales rose last month \u2013 driven by cloud', 'sales rose last month - driven by cloud'],
    ['the Velmora\u2013Tarsen merger', 'the Velmora-Tarsen merger'],
    ['profits\u2014and jobs\u2014fell', 'profits - and jobs - fell'],
    ['in 2019\u20132021', 'in 2019-2021'],
    ['pages 4 \u2014 5', 'pages 4-5'],
    ['a \u2212 sign', 'a - sign'],
    ['$4\u00a0bn\u202fdeal', '$4 bn deal'],
    ['Nor\u200bvex\ufeff', 'Norvex'],
    ['co\u00adoperate', 'cooperate'],
    ['\u200eLumora\u200f', 'Lumora'],
    ['and then\u2026', 'and then...'],
    ['Cafe\u0301', 'Caf\u00e9'], // NFC
    ['line one\r\nline two\rline three', 'line one\nline two\nline three'],
    ['  too   many    spaces  ', 'too many spaces'],
    ['a\n\n\n\n\nb', 'a\n\nb'],
    ['tab\there', 'tab here'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(normalizeUnicode(input)).toBe(expected);
  });
});

describe('isChromeLine', () => {
  const cases: Array<[string, boolean]> = [
    ['Read more: Velmora chief steps down after two years', true],
    ['Read This: Ten things to know about chips', true],
    ['Leave a Reply', true],
    ['Leave a comment', true],
    ['Share this:', true],
    ['Share on Facebook', true],
    ['Share on Twitter', true],
    ['Sign up for our newsletter', true],
    ['Subscribe to our daily briefing', true],
    ['Advertisement', true],
    ['ADVERTISEMENT', true],
    ['Story continues below advertisement', true],
    ['Related: Tarsen shares slump on profit warning', true],
    ['Related articles', true],
    ['We use cookies to improve your experience on our site.', true],
    ['This website uses cookies', true],
    ['Accept all cookies', true],
    ['Skip to main content', true],
    ['© 2024 Daily Ledger Media', true],
    ['Copyright 2023 Example News. All rights reserved.', true],
    ['Photo: Handout', true],
    ['Image copyright Getty Images', true],
    ['Getty Images', true],
    ['(Reporting by Ana Ruiz; Editing by Tom Hale)', true],
    ['Follow us on Twitter', true],
    ['Tags: mergers, banking', true],
    ['5 min read', true],
    ['Weekly Deals Banner', true],
    ['Our Standards: The Ledger Trust Principles.', true],
    // article text that merely mentions these words
    ['Related party transactions rose sharply last year.', false],
    ['Shares of Lumora rose 4% on Monday.', false],
    ['The regulator said advertising revenue fell.', false],
    ['Copyright lawsuits against the startup have multiplied.', false],
    ['Privacy policy changes angered users in Europe.', false],
    ['Subscribers to the service grew by a third.', false],
    ['Published figures showed a 3% rise in output.', false],
    ['Readers will decide, the editor said.', false],
    ['', false],
  ];
  it.each(cases)('%j -> %s', (line, expected) => {
    expect(isChromeLine(line)).toBe(expected);
  });
});

describe('parseByline', () => {
  const cases: Array<[string, string | undefined]> = [
    ['By Jane Okoro', 'Jane Okoro'],
    ['By Jane Okoro, Reuters', 'Jane Okoro, Reuters'],
    ['By Jane Okoro and Tom Hale', 'Jane Okoro and Tom Hale'],
    ['BY JANE OKORO', 'JANE OKORO'],
    ['By Ana de la Cruz | 12 March 2024', 'Ana de la Cruz | 12 March 2024'],
    ['Written by Pieter van der Berg', 'Pieter van der Berg'],
    ['By Reuters', 'Reuters'],
    ['By Mateo Brandt \u00b7 27 January 2025', 'Mateo Brandt \u00b7 27 January 2025'],
    ['By Monday, analysts expected a deal.', undefined],
    ['By late Friday the company had agreed terms', undefined],
    ['By 2030 the plant will employ 4,000 people', undefined],
    ['Bystanders filmed the protest', undefined],
    ['Jane Okoro reports', undefined],
  ];
  it.each(cases)('%j -> %j', (line, expected) => {
    expect(parseByline(line)).toBe(expected);
  });
});

describe('cleanText: a page date that only a chrome line or a marked element gives', () => {
  const para = `<p>${'Norvex agreed to buy the sensor unit of Lumora for 1.4 billion euros on Wednesday. '.repeat(4)}</p>`;
  const cases: Array<[string, { published?: string; modified?: string }]> = [
    // "Published: ..." is a chrome line: its date is read before it goes
    [
      `<html><body><h1>Norvex buys unit</h1><p>Published: 14/01/2025 11:02</p>${para}</body></html>`,
      { published: '2025-01-14' },
    ],
    // a date element outside what Readability keeps, known by its class or id
    [
      `<html><body><div class="meta"><span id="lblDate">Published: 14/01/2025 11:02</span> <span class="date-updated">Updated 15 January 2025</span></div><article><h1>Norvex buys unit</h1>${para}</article></body></html>`,
      { published: '2025-01-14', modified: '2025-01-15' },
    ],
    // a marked element that says more than a date gives none
    [
      `<html><body><p class="date-note">Deadline moved to 14/01/2025 after the vote</p>${para}</body></html>`,
      {},
    ],
  ];
  it.each(cases)('%s', (html, expected) => {
    const out = cleanText(html, 'html');
    expect({ published: out.published, modified: out.modified }).toEqual({
      published: undefined,
      modified: undefined,
      ...expected,
    });
  });
});

describe('bylineAuthors', () => {
  const cases: Array<[string, string[]]> = [
    ['Ana Ruiz and Tomas Feld', ['Ana Ruiz', 'Tomas Feld']],
    ['Jane Okoro, Reuters', ['Jane Okoro', 'Reuters']],
    ['Ana de la Cruz | 12 March 2024', ['Ana de la Cruz']],
    ['Mateo Brandt \u00b7 27 January 2025', ['Mateo Brandt']],
    ['\u0160imon Kr\u00e1l & \u017daneta Hork\u00e1', ['\u0160imon Kr\u00e1l', '\u017daneta Hork\u00e1']],
    ['Della Frane, Staff Writer', ['Della Frane']], // a job title
    ['Corin Maddox, Environment correspondent', ['Corin Maddox']],
    ['Philippa Crane and Osman Teller in London', ['Philippa Crane', 'Osman Teller']], // where they write
    ['MARIKA HOLLIS FOR THE DAILY BUGLE', ['Marika Hollis']], // whom for; capitals as a name
    ["ANNE-MARIE O'NEIL", ["Anne-Marie O'Neil"]],
    ['Jane Doe and AFP', ['Jane Doe', 'AFP']], // one word in capitals: an acronym
    ['Iris Calloway, Tobin Achterberg AND Wen Sorrell', ['Iris Calloway', 'Tobin Achterberg', 'Wen Sorrell']],
    ['Reuters staff', []],
  ];
  it.each(cases)('%j -> %j', (byline, expected) => {
    expect(bylineAuthors(byline)).toEqual(expected);
  });
});

describe('parseDateLine', () => {
  const cases: Array<[string, ReturnType<typeof parseDateLine>]> = [
    ['30 June 2025', { date: '2025-06-30' }],
    ['Thu 3 Apr 2025 17.20 BST', { date: '2025-04-03' }],
    ['March 12, 2025 7:41 AM UTC Updated 2 hours ago', { date: '2025-03-12' }],
    ['Posted on 21 May 2025', { date: '2025-05-21' }],
    ['Published: 14/01/2025 11:02', { date: '2025-01-14' }],
    ['03/04/2025', {}], // March 4 or 3 April: a date line, no date
    ['Updated 2025-05-21', { date: '2025-05-21', updated: true }],
    ['By March 2025 the plant will close.', undefined],
    ['Shares fell 3% on Monday.', undefined],
    ['Sundby Mobile said on 4 May 2025 it would sell', undefined],
    ['March 2025', undefined],
  ];
  it.each(cases)('%j -> %j', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });
});

describe('looksLikeHeadline', () => {
  const cases: Array<[string, boolean]> = [
    ['Lumora to buy Brightwell in $4bn deal', true],
    ['Will regulators block the Tarsen merger?', true],
    ['Velmora: profits fall as costs bite', true],
    ['Lumora said on Monday it had agreed to buy Brightwell.', false],
    ['Shares fell sharply, traders said', true],
    ['2024', false],
    ['x '.repeat(40), false],
  ];
  it.each(cases)('%j -> %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});

describe('readHtml', () => {
  it('drops script, style, nav, footer and aside, keeps blocks as lines and decodes entities', () => {
    const html = `<html><head><title>Lumora buys Brightwell | The Ledger</title>
      <style>p { color: red }</style><script>if (a < b) { document.write("<p>no</p>") }</script></head>
      <body><nav><ul><li>Markets</li><li>Tech</li></ul></nav>
      <h1>Lumora buys <em>Brightwell</em></h1>
      <p>Lumora&nbsp;agreed to buy Brightwell&rsquo;s unit for &pound;2bn &amp; shares.</p><p>It was &#8220;a fair price&#x201D;.</p>
      <!-- <p>hidden</p> --><aside>Most read</aside><footer>About us</footer></body></html>`;
    const out = readHtml(html);
    expect(out.meta.headline).toBe('Lumora buys Brightwell');
    const lines = out.text.split('\n').filter((l) => l !== '');
    expect(lines).toEqual([
      'Lumora buys Brightwell',
      'Lumora\u00a0agreed to buy Brightwell\u2019s unit for \u00a32bn & shares.',
      'It was \u201ca fair price\u201d.',
    ]);
  });

  // named references the hand-written table left as text ("&ocirc;" stayed "&ocirc;")
  const entities: Array<[string, string]> = [
    ['Ren&eacute;e Valc&ocirc;t', 'Ren\u00e9e Valc\u00f4t'],
    ['&Aacute;lvaro', '\u00c1lvaro'],
    ['the c&oelig;ur', 'the c\u0153ur'],
    ['&Scaron;imon &#138;', '\u0160imon \u0160'], // &#138; is 0x8A in Windows-1252
    ['&#x9F;', '\u0178'],
    ['x&ThinSpace;&rarr;', 'x\u2009\u2192'],
  ];
  it.each(entities)('decodes %j', (written, expected) => {
    expect(readHtml(`<p>${written}</p>`).text).toBe(expected);
  });

  it('reads author and publication date from meta tags', () => {
    const out = readHtml(
      '<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2024-03-12T08:00:00Z"><p>Text.</p>',
    );
    expect(out.meta.authors).toEqual(['Ana Ruiz']);
    expect(out.meta.published).toBe('2024-03-12T08:00:00Z');
  });

  it('survives unclosed tags, a stray "<" and nested dropped elements', () => {
    expect(
      readHtml('<p>costs < revenue<nav><nav>x</nav>y</nav>z<script>never closed').text.replace(/\n/g, '|'),
    ).toBe('costs < revenue|z');
  });

  it('keeps the text of a page wrapped in one <form> (ASP.NET)', () => {
    const out = readHtml(
      '<body><form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x"><div><p>Qadira cut its forecast.</p></div></form></body>',
    );
    expect(out.text).toBe('Qadira cut its forecast.');
  });
});

describe('cleanText', () => {
  it('keeps a plain-text headline as the title and line 0, and moves the byline to metadata', () => {
    const raw =
      'Tarsen agrees \u00a3900m takeover by Velmora\n\nBy Ana Ruiz, Reuters\n\nTarsen\u2019s board backed the offer.\n\nShare this:\nRead more: Velmora profits jump';
    expect(cleanText(raw, 'txt')).toEqual({
      text: "Tarsen agrees \u00a3900m takeover by Velmora\n\nTarsen's board backed the offer.",
      title: 'Tarsen agrees \u00a3900m takeover by Velmora',
      byline: 'Ana Ruiz, Reuters',
      authors: ['Ana Ruiz', 'Reuters'],
    });
  });

  it('uses the first sentence as the title when the first line is not a headline', () => {
    const raw = 'Brightwell said on Tuesday it would cut 200 jobs. The cuts follow a weak year.\nMore text.';
    const out = cleanText(raw, 'txt');
    expect(out.title).toBe('Brightwell said on Tuesday it would cut 200 jobs.');
    expect(out.text.startsWith('Brightwell said')).toBe(true);
  });

  it('truncates a long first sentence for the title', () => {
    const raw = `${'Lumora '.repeat(40).trim()} rose.`;
    const title = cleanText(raw, 'txt').title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('...')).toBe(true);
  });

  it('takes the HTML <h1> as title and puts it first, dropping a section kicker above it', () => {
    const html = `<title>Ignored | Site</title><header><p>Business</p><h1>Norvex names new chief</h1></header>
      <article><p>By Tom Hale</p><p>Norvex named Ana Ruiz chief executive.</p><p>Advertisement</p></article>`;
    expect(cleanText(html, 'html')).toEqual({
      text: 'Norvex names new chief\n\nNorvex named Ana Ruiz chief executive.',
      title: 'Norvex names new chief',
      byline: 'Tom Hale',
      authors: ['Tom Hale'],
    });
  });

  it('falls back to <title> without the site name when there is no <h1>', () => {
    const out = cleanText(
      '<title>Qadira bids for Lumora | Daily Ledger</title><p>Qadira made a bid.</p>',
      'html',
    );
    expect(out.title).toBe('Qadira bids for Lumora');
    expect(out.text).toBe('Qadira bids for Lumora\nQadira made a bid.');
  });

  it('takes a leading Markdown "# " heading as the title and strips inline markup', () => {
    const md =
      '# Velmora wins **approval**\n\nRegulators [cleared](https://example.com) the *Velmora* deal.\n\n- Shares rose 3%.\n';
    expect(cleanText(md, 'md')).toEqual({
      text: 'Velmora wins approval\n\nRegulators cleared the Velmora deal.\n\n- Shares rose 3%.',
      title: 'Velmora wins approval',
    });
  });

  it('puts a known title (JSON Lines) first unless the text already starts with it', () => {
    expect(cleanText('Body sentence here.', 'txt', { title: 'Known headline' }).text).toBe(
      'Known headline\nBody sentence here.',
    );
    expect(cleanText('Known headline\nBody.', 'txt', { title: 'Known headline' }).text).toBe(
      'Known headline\nBody.',
    );
  });

  it('returns empty text for a page that is all chrome', () => {
    expect(cleanText('<nav>Home</nav><p>Advertisement</p><p>Leave a Reply</p>', 'html').text).toBe('');
  });
});

describe('cleanText: a page that is only its headline has no article text', () => {
  // [page, the cleaned text]: '' is reported by readInputs as "no article text left ..."
  const cases: Array<[string, string]> = [
    ['<h1>Norvex grows</h1><footer>© 2025 Daily Meridian</footer>', ''],
    ['<title>Daily Meridian</title><nav><a href="/">Home</a> <a href="/w">World</a></nav>', ''],
    ['<h1>Norvex grows</h1><p>Norvex grew 4% in March.</p>', 'Norvex grows\n\nNorvex grew 4% in March.'],
    // no headline of its own: a one-paragraph fragment is its own article
    ['<p>Qadira Holdings raised its forecast.</p>', 'Qadira Holdings raised its forecast.'],
  ];
  it.each(cases)('%j -> %j', (page, text) => {
    expect(cleanText(page, 'html').text).toBe(text);
  });
});
