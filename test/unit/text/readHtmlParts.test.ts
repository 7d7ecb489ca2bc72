import { describe, expect, it } from 'vitest';
import { dropLinkLines } from '../../../src/text/dropLinkLines.js';
import { findByline } from '../../../src/text/findByline.js';
import { parsePage } from '../../../src/text/parsePage.js';
import { removeSignupBoxes } from '../../../src/text/removeSignupBoxes.js';
import { domText } from '../../../src/text/domText.js';

const HOLDS_ARTICLE = 'article, main, [itemprop~="articleBody"]';

describe('findByline: the byline element by its marks', () => {
  const cases: Array<[string, { name: string; lines: string[] } | undefined]> = [
    // WordPress: the innermost marked element holds the name
    [
      '<header><span class="byline"> by <span class="author vcard"><a>Nadia Ferro</a></span></span></header>',
      { name: 'Nadia Ferro', lines: ['by Nadia Ferro'] },
    ],
    // a broadcaster's test hooks; the role beside the name is one of its lines
    [
      '<div data-testid="byline-contributors"><div>Corin Maddox</div><div>Environment correspondent</div></div>',
      { name: 'Corin Maddox', lines: ['Corin Maddox', 'Environment correspondent'] },
    ],
    [
      '<p itemprop="author">By <span>Ana Ruiz</span> and <span>Tomas Feld</span></p>',
      { name: 'By Ana Ruiz and Tomas Feld', lines: ['By Ana Ruiz and Tomas Feld'] },
    ],
    // an author box names no one as a byline does
    ['<div class="author-bio">Della Frane covers county government.</div>', undefined],
    // longer than a byline: an article
    [`<div class="author-page"><p>${'Norvex agreed to buy Lumo. '.repeat(5)}</p></div>`, undefined],
    ['<p>By Ana Ruiz</p>', undefined], // no mark: cleanText's byline line step finds it
  ];
  it.each(cases)('%s', (html, expected) => {
    expect(findByline(parsePage(html), HOLDS_ARTICLE)).toEqual(expected);
  });
});

describe('dropLinkLines: lines that are nothing but links', () => {
  const cases: Array<[string, string]> = [
    [
      '<p><a>Home</a> | <a>News</a> | <a>Contact</a></p><p>Norvex agreed to buy Lumo.</p>',
      'Norvex agreed to buy Lumo.',
    ],
    ['<p><a>&lt;&lt; Previous story</a> | <a>Next story &gt;&gt;</a></p><p>Text.</p>', 'Text.'],
    ['<p><a>Business</a></p><h1>Qadira rejects bid</h1>', 'Qadira rejects bid'], // a kicker linking to its section
    // a link inside a sentence keeps the sentence, its text unmarked
    ['<p>Norvex said <a>Lumo</a> shares rose.</p>', 'Norvex said Lumo shares rose.'],
    ['<p><a>Lumo</a>: a profile</p>', 'Lumo: a profile'],
    // a line with a link's words but no link stays
    ['<p><a>Home</a></p><p>Home</p>', 'Home'],
  ];
  it.each(cases)('%s', (html, expected) => {
    expect(
      dropLinkLines(domText(parsePage(html).body, { markLinks: true }))
        .replace(/\n+/g, '\n')
        .trim(),
    ).toBe(expected);
  });
});

describe('removeSignupBoxes: the box around an e-mail field', () => {
  const para =
    '<p>Haverkamp Bank will cut about 900 jobs over the next two years as it closes half of its branches, the lender said on Thursday, and moves more of its customers to its app.</p>';
  const cases: Array<[string, string]> = [
    [
      `<article>${para}<div class="c-box"><div><p>The Morning Brief</p><p>In your inbox at 7am.</p><form><input type="email"><button>Sign me up</button></form></div></div>${para}</article>`,
      'Haverkamp Bank',
    ],
    // a page inside one ASP.NET <form> with an e-mail field keeps its text
    [
      `<body><form id="aspnetForm">${para}${para}${para}<p>Alerts: <input type="email"></p></form></body>`,
      'Haverkamp Bank',
    ],
  ];
  it.each(cases)('%s', (html, kept) => {
    const document = parsePage(html);
    removeSignupBoxes(document, HOLDS_ARTICLE);
    const text = domText(document.body);
    expect(text).toContain(kept);
    expect(text).not.toContain('Morning Brief');
    expect(text).not.toContain('Sign me up');
  });
});
