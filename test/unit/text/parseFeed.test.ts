import { describe, expect, it } from 'vitest';
import { feedDate } from '../../../src/text/web/feedDate.js';
import { looksLikeFeed } from '../../../src/text/web/looksLikeFeed.js';
import { parseFeed } from '../../../src/text/web/parseFeed.js';
import type { FeedItem } from '../../../src/text/web/types.js';
import { xmlEncoding } from '../../../src/text/web/xmlEncoding.js';

const RSS_HEAD =
  '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Meridian Wire</title><language>en-gb</language>';
const rss = (item: string) => `<?xml version="1.0"?>${RSS_HEAD}<item>${item}</item></channel></rss>`;
const atom = (entry: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Northline</title><entry>${entry}</entry></feed>`;

describe('parseFeed: one item per RSS <item> / Atom <entry>', () => {
  const cases: [string, string, Partial<FeedItem>][] = [
    [
      'RSS 2.0 with content:encoded (CDATA), dc:creator and an RFC 822 date',
      rss(
        '<title>Norvex bids for Lumora</title><link>https://wire.example/a</link><pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator><description>Teaser.</description><content:encoded><![CDATA[<p>Norvex &amp; Lumora.</p>]]></content:encoded>',
      ),
      {
        title: 'Norvex bids for Lumora',
        link: 'https://wire.example/a',
        published: '2025-03-04T09:30:00Z',
        authors: ['Ana Ruiz'],
        summary: 'Teaser.',
        content: '<p>Norvex &amp; Lumora.</p>',
      },
    ],
    [
      // RSS <author> is an address; the name is in brackets, if anywhere
      'RSS <author> "mail (Name)", escaped HTML in <description>, &nbsp; as feeds write it',
      rss(
        '<title>Qadira</title><link>https://wire.example/b</link><author>tom@wire.example (Tom Hale)</author><description>&lt;p&gt;Qadira&nbsp;grew.&lt;/p&gt;</description>',
      ),
      { authors: ['Tom Hale'], summary: '<p>Qadira\u00a0grew.</p>' },
    ],
    [
      'RSS without <link>: a permalink <guid> is the address',
      rss('<title>x</title><guid>https://wire.example/c</guid><description>y</description>'),
      { link: 'https://wire.example/c', guid: 'https://wire.example/c' },
    ],
    [
      'RSS <guid isPermaLink="false"> is not an address',
      rss(
        '<title>x</title><guid isPermaLink="false">https://wire.example/d</guid><description>y</description>',
      ),
      { link: undefined, guid: 'https://wire.example/d' },
    ],
    [
      'Atom: alternate link, published and updated, author name, html content',
      atom(
        '<title>Sundby</title><link rel="self" href="https://n.example/self"/><link href="https://n.example/s"/><id>tag:n,1</id><published>2025-01-27T09:00:00+01:00</published><updated>2025-01-27T12:00:00+01:00</updated><author><name>Mateo Brandt</name></author><content type="html">&lt;p&gt;Sundby &amp;amp; co.&lt;/p&gt;</content>',
      ),
      {
        link: 'https://n.example/s',
        guid: 'tag:n,1',
        published: '2025-01-27T09:00:00+01:00',
        modified: '2025-01-27T12:00:00+01:00',
        authors: ['Mateo Brandt'],
        content: '<p>Sundby &amp; co.</p>',
      },
    ],
    [
      'Atom type="xhtml": the markup kept in order',
      atom(
        '<title>t</title><id>i</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Ilse <b>Varga</b> joins.</p></div></content>',
      ),
      { content: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Ilse <b>Varga</b> joins.</p></div>' },
    ],
    [
      'Atom summary without a type is text, not HTML: "<grew>" is literal',
      atom(
        '<title>t</title><id>i</id><updated>2025-01-28T00:00:00Z</updated><summary>R&amp;D &lt;grew&gt;</summary>',
      ),
      { summary: 'R&D <grew>', summaryIsText: true, published: '2025-01-28T00:00:00Z' },
    ],
    [
      'RSS 1.0 (RDF): items beside the channel, dc:date',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Old Wire</title></channel><item><title>x</title><link>https://o.example/1</link><dc:date>2024-11-05</dc:date><description>y</description></item></rdf:RDF>',
      { link: 'https://o.example/1', published: '2024-11-05' },
    ],
  ];
  it.each(cases)('%s', (_, xml, expected) => {
    const parsed = parseFeed(xml);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.feed.items).toHaveLength(1);
    const present = Object.entries(expected).filter(([, value]) => value !== undefined);
    expect(parsed.feed.items[0]).toMatchObject(Object.fromEntries(present));
    for (const [key, value] of Object.entries(expected))
      if (value === undefined) expect(parsed.feed.items[0]).not.toHaveProperty(key);
  });

  it('keeps the channel title and language for the publisher and language', () => {
    const parsed = parseFeed(rss('<title>x</title><description>y</description>'));
    expect(parsed.ok && { title: parsed.feed.title, language: parsed.feed.language }).toEqual({
      title: 'Meridian Wire',
      language: 'en-gb',
    });
  });

  const refused: [string, string, RegExp][] = [
    [
      'an unclosed item',
      `${RSS_HEAD}<item><title>x</channel></rss>`,
      /^malformed XML: .*closing tag.* \(line 1\)$/,
    ],
    ['not XML at all', 'Norvex bids for Lumora', /^(malformed XML|not an RSS or Atom feed)/],
    [
      'a sitemap',
      '<urlset><url><loc>https://x.example/</loc></url></urlset>',
      /^not an RSS or Atom feed \(root element <urlset>\)$/,
    ],
  ];
  it.each(refused)('refuses %s with one reason', (_, xml, reason) => {
    const parsed = parseFeed(xml);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('feed helpers', () => {
  it.each([
    ['Tue, 04 Mar 2025 09:30:00 GMT', '2025-03-04T09:30:00Z'],
    ['Tue, 04 Mar 2025 10:30:00 +0100', '2025-03-04T10:30:00+01:00'],
    ['2025-01-27T09:00:00+01:00', '2025-01-27T09:00:00+01:00'],
    ['sometime in March', 'sometime in March'],
    ['  ', undefined],
  ])('feedDate(%j) = %j', (written, iso) => expect(feedDate(written)).toBe(iso));

  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0">', true],
    ['\uFEFF<?xml version="1.0"?><?xml-stylesheet href="a.xsl"?><!-- c --><feed xmlns="x">', true],
    ['<rdf:RDF xmlns:rdf="x">', true],
    ['<!DOCTYPE html><html><body>rss</body></html>', false],
    ['<?xml version="1.0"?><urlset>', false],
  ])('looksLikeFeed(%j) = %s', (head, expected) => expect(looksLikeFeed(head)).toBe(expected));

  it.each([
    ['<?xml version="1.0" encoding="ISO-8859-1"?><rss>', 'iso-8859-1'],
    ["<?xml version='1.0' encoding='windows-1252' ?>", 'windows-1252'],
    ['<?xml version="1.0"?><rss>', undefined],
    ['<rss encoding="x">', undefined],
  ])('xmlEncoding(%j) = %j', (head, expected) =>
    expect(xmlEncoding(Buffer.from(head, 'latin1'))).toBe(expected),
  );
});
