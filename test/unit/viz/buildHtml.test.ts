import { describe, expect, it } from 'vitest';
import { buildHtml, escapeHtml, jsonForScript } from '../../../src/viz/buildHtml.js';
import { layoutGraph } from '../../../src/viz/layoutGraph.js';
import { parseParams } from '../../../src/viz/parseParams.js';

describe('buildHtml', () => {
  const evil = '</script><script>alert(1)</script>';
  const graph = layoutGraph({
    nodes: [
      { id: 'a', name: evil, type: 'Organization', aliases: [evil], degree: 1 },
      { id: 'b', name: 'B & Co', type: 'Person', aliases: [], degree: 1 },
    ],
    edges: [
      {
        id: 'a|OWNS|b',
        source: 'a',
        target: 'b',
        type: 'OWNS',
        claims: 1,
        sentences: 1,
        articles: 1,
        firstDate: null,
        lastDate: null,
        maxConfidence: 0.8,
        allHedged: false,
        evidence: [
          { text: evil, articleId: 'x', articleTitle: evil, sentenceIndex: 1, hedged: false, negated: false },
        ],
      },
    ],
  });
  const html = buildHtml(graph, { js: 'console.log("</script>")', css: 'body{}' }, `t ${evil}`);

  it('inlines everything: no external script, style or link', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('cannot be broken out of by text in the data or the bundle', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    const json = html.match(/<script id="kg-data" type="application\/json">(.*?)<\/script>/s)![1];
    expect(JSON.parse(json).nodes[0].name).toBe(evil);
  });

  it.each([
    ['<b>&"\'', '&#60;b&#62;&#38;&#34;&#39;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

  it('jsonForScript escapes < > &', () =>
    expect(jsonForScript({ a: '</x>&' })).toBe('{"a":"\\u003c/x\\u003e\\u0026"}'));
});

describe('parseParams', () => {
  it.each([
    [['name=ByteDance'], { name: 'ByteDance' }],
    [['limit=10', 'min=0.5'], { limit: 10, min: 0.5 }],
    [['flag=true', 'none=null'], { flag: true, none: null }],
    [['ids=["a","b"]'], { ids: ['a', 'b'] }],
    [['q=a=b'], { q: 'a=b' }],
  ])('%j', (input, expected) => expect(parseParams(input)).toEqual(expected));

  it('rejects a pair without =', () => expect(() => parseParams(['oops'])).toThrow(/name=value/));
});
