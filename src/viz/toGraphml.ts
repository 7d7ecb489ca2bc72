import type { VizGraph } from './vizGraph.js';
import { xmlEscape } from './xmlEscape.js';

const NODE_KEYS = [
  ['label', 'string'],
  ['name', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['degree', 'int'],
] as const;
const EDGE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['claims', 'int'],
  ['sentences', 'int'],
  ['articles', 'int'],
  ['firstDate', 'string'],
  ['lastDate', 'string'],
  ['firstEventDate', 'string'],
  ['lastEventDate', 'string'],
  ['maxConfidence', 'double'],
  ['allHedged', 'boolean'],
] as const;

/**
 * Pure: VizGraph -> GraphML (opens in Gephi, yEd, Cytoscape, networkx). GraphML has no
 * list type, so aliases are joined with " | ".
 */
export function toGraphml(graph: VizGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS)
    out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS)
    out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  for (const node of graph.nodes) {
    out.push(`    <node id="${xmlEscape(node.id)}">`);
    const values: Record<string, string | number> = {
      label: node.name,
      name: node.name,
      type: node.type,
      aliases: node.aliases.join(' | '),
      degree: node.degree,
    };
    for (const [name] of NODE_KEYS)
      out.push(`      <data key="n_${name}">${xmlEscape(String(values[name]))}</data>`);
    out.push('    </node>');
  }
  for (const edge of graph.edges) {
    out.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
    );
    const values: Record<string, unknown> = { label: edge.type, ...edge };
    for (const [name] of EDGE_KEYS) {
      const value = values[name];
      if (value !== null && value !== undefined)
        out.push(`      <data key="e_${name}">${xmlEscape(String(value))}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
