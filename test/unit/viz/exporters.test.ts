import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { generateVizGraph } from '../../../src/viz/generateVizGraph.js';
import { toGraphml } from '../../../src/viz/toGraphml.js';
import { toGexf } from '../../../src/viz/toGexf.js';
import { toCsv, csvField } from '../../../src/viz/toCsv.js';
import { toJson } from '../../../src/viz/toJson.js';
import type { VizGraph } from '../../../src/viz/vizGraph.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['node', 'edge', 'data', 'key', 'attvalue', 'attribute'].includes(name),
});

// Awkward names: quotes, ampersands, angle brackets, commas, semicolons, non-ASCII.
const tricky: VizGraph = {
  nodes: [
    {
      id: 'org:at&t',
      name: 'AT&T <Inc>',
      type: 'Organization',
      aliases: ['AT&T', 'American "Telephone", Telegraph; Co'],
      degree: 1,
    },
    { id: 'gov:élysée', name: 'Élysée', type: 'Government', aliases: [], degree: 1 },
  ],
  edges: [
    {
      id: 'gov:élysée|REGULATES|org:at&t',
      source: 'gov:élysée',
      target: 'org:at&t',
      type: 'REGULATES',
      claims: 2,
      sentences: 2,
      articles: 1,
      firstDate: '2020-09-14',
      lastDate: null,
      maxConfidence: 0.75,
      allHedged: true,
      evidence: [],
    },
  ],
};

const graphs: [string, VizGraph][] = [
  ['tricky names', tricky],
  ['generated 100 x 300', generateVizGraph(100, 300)],
];

describe('GraphML and GEXF parse back with the same counts', () => {
  it.each(graphs)('%s: GraphML', (_name, graph) => {
    const xml = toGraphml(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    const g = doc.graphml.graph;
    expect(g['@edgedefault']).toBe('directed');
    expect(g.node ?? []).toHaveLength(graph.nodes.length);
    expect(g.edge ?? []).toHaveLength(graph.edges.length);
    const ids = new Set(g.node.map((n: Record<string, string>) => n['@id']));
    for (const edge of g.edge) {
      expect(ids.has(edge['@source'])).toBe(true);
      expect(ids.has(edge['@target'])).toBe(true);
    }
  });

  it.each(graphs)('%s: GEXF', (_name, graph) => {
    const xml = toGexf(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    const g = doc.gexf.graph;
    expect(doc.gexf['@version']).toBe('1.3');
    expect(g.nodes.node).toHaveLength(graph.nodes.length);
    expect(g.edges.edge).toHaveLength(graph.edges.length);
  });

  it('keeps names, types and aggregates readable after parsing', () => {
    const g = parser.parse(toGraphml(tricky)).graphml.graph;
    const node = g.node.find((n: Record<string, string>) => n['@id'] === 'org:at&t');
    const data = Object.fromEntries(node.data.map((d: Record<string, string>) => [d['@key'], d['#text']]));
    expect(data.n_name).toBe('AT&T <Inc>');
    expect(data.n_type).toBe('Organization');
    const edge = Object.fromEntries(
      g.edge[0].data.map((d: Record<string, string>) => [d['@key'], String(d['#text'])]),
    );
    expect(edge).toMatchObject({
      e_type: 'REGULATES',
      e_claims: '2',
      e_allHedged: 'true',
      e_maxConfidence: '0.75',
    });
    const gexfNode = parser.parse(toGexf(tricky)).gexf.graph.nodes.node[0];
    expect(gexfNode['@label']).toBe('AT&T <Inc>');
  });
});

describe('CSV for neo4j-admin import', () => {
  it('uses the import header shape and one row per node and relationship', () => {
    const csv = toCsv(tricky);
    const nodeLines = csv.nodes.trimEnd().split('\n');
    expect(nodeLines[0]).toBe('id:ID,name,type,aliases:string[],:LABEL');
    expect(nodeLines).toHaveLength(1 + tricky.nodes.length);
    expect(nodeLines[1]).toBe(
      'org:at&t,AT&T <Inc>,Organization,"AT&T;American ""Telephone"", Telegraph, Co",Entity;Organization',
    );
    const relLines = csv.relationships.trimEnd().split('\n');
    expect(relLines[0]).toBe(
      ':START_ID,:END_ID,:TYPE,claims:int,sentences:int,articles:int,firstDate,lastDate,maxConfidence:float,allHedged:boolean',
    );
    expect(relLines[1]).toBe('gov:élysée,org:at&t,REGULATES,2,2,1,2020-09-14,,0.75,true');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('csvField(%j) = %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('JSON', () => {
  it('round-trips the graph', () => {
    const graph = generateVizGraph(20, 40);
    expect(JSON.parse(toJson(graph))).toEqual({ nodes: graph.nodes, edges: graph.edges });
  });
});

describe('event dates in GraphML and GEXF (issue 18)', () => {
  const base = tricky.edges[0];
  const dated: VizGraph = {
    nodes: tricky.nodes,
    edges: [
      { ...base, firstEventDate: '2019-09-16', lastEventDate: '2019-09-17' },
      { ...base, id: 'undated', firstEventDate: null, lastEventDate: null },
      { ...base, id: 'one-day', firstEventDate: '2016-01-01', lastEventDate: null },
    ],
  };

  it.each([
    ['2019-09-16', '2019-09-17', 0],
    [undefined, undefined, 1],
    ['2016-01-01', '2016-01-01', 2],
  ])('GEXF dynamic mode: edge spells start=%s end=%s', (start, end, i) => {
    const g = parser.parse(toGexf(dated)).gexf.graph;
    expect(g['@mode']).toBe('dynamic');
    expect(g['@timeformat']).toBe('date');
    expect(g.edges.edge[i]['@start']).toBe(start);
    expect(g.edges.edge[i]['@end']).toBe(end);
  });

  it('GraphML keeps firstEventDate and lastEventDate as edge data', () => {
    const edge = parser.parse(toGraphml(dated)).graphml.graph.edge[0];
    const data = Object.fromEntries(
      edge.data.map((d: Record<string, string>) => [d['@key'], String(d['#text'])]),
    );
    expect(data).toMatchObject({ e_firstEventDate: '2019-09-16', e_lastEventDate: '2019-09-17' });
  });
});
