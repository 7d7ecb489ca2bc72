import type { VizGraph } from './vizGraph.js';
import { xmlEscape } from './xmlEscape.js';

const NODE_ATTRS = [
  ['type', 'string'],
  ['aliases', 'liststring'],
  ['degree', 'integer'],
] as const;
const EDGE_ATTRS = [
  ['claims', 'integer'],
  ['sentences', 'integer'],
  ['articles', 'integer'],
  ['firstDate', 'string'],
  ['lastDate', 'string'],
  ['firstEventDate', 'string'],
  ['lastEventDate', 'string'],
  ['maxConfidence', 'double'],
  ['allHedged', 'boolean'],
] as const;

/**
 * Pure: VizGraph -> GEXF 1.3 (Gephi's format). The relation type is the edge label and
 * its `kind`, so parallel edges of different types between two entities stay distinct;
 * aliases are a liststring ("[a, b]"), the claim count is the weight.
 * Dynamic mode (docs/event-time.md): an edge with event dates lives from its first to its last
 * event day (`start`/`end`, timeformat date), so Gephi's timeline plays the graph in the order things
 * happened; an undated edge has no bounds and is there all the time.
 */
export function toGexf(graph: VizGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta><creator>newsgraph</creator><description>Entity graph: who did what to whom</description></meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '    <attributes class="node">',
    ...NODE_ATTRS.map(([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRS.map(([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const aliases = `[${node.aliases.map((alias) => alias.replace(/[,[\]]/g, ' ')).join(', ')}]`;
    out.push(
      `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.name)}"><attvalues>` +
        `<attvalue for="type" value="${xmlEscape(node.type)}"/>` +
        `<attvalue for="aliases" value="${xmlEscape(aliases)}"/>` +
        `<attvalue for="degree" value="${node.degree}"/>` +
        '</attvalues></node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const values: Record<string, unknown> = edge as unknown as Record<string, unknown>;
    const attvalues = EDGE_ATTRS.filter(([name]) => values[name] !== null && values[name] !== undefined)
      .map(([name]) => `<attvalue for="${name}" value="${xmlEscape(String(values[name]))}"/>`)
      .join('');
    out.push(
      `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"` +
        ` label="${xmlEscape(edge.type)}" kind="${xmlEscape(edge.type)}" weight="${Math.max(1, edge.claims)}"` +
        `${spell(edge.firstEventDate, edge.lastEventDate)}>` +
        `<attvalues>${attvalues}</attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** ` start="2019-09-16" end="2019-09-17"` for a dated edge, '' for an undated one. */
function spell(first: string | null | undefined, last: string | null | undefined): string {
  if (!first || !ISO_DAY.test(first)) return '';
  const end = last && ISO_DAY.test(last) && last >= first ? last : first;
  return ` start="${first}" end="${end}"`;
}
