import type { VizGraph } from './vizGraph.js';

/** The two files `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv` reads. */
export interface CsvExport {
  nodes: string;
  relationships: string;
}

const NODE_HEADER = 'id:ID,name,type,aliases:string[],:LABEL';
const REL_HEADER =
  ':START_ID,:END_ID,:TYPE,claims:int,sentences:int,articles:int,firstDate,lastDate,maxConfidence:float,allHedged:boolean';

/**
 * Pure: VizGraph -> CSV in neo4j-admin import's header shape. Arrays use the default
 * `;` delimiter (a `;` inside an alias becomes `,`); labels are `Entity;<type>`.
 */
export function toCsv(graph: VizGraph): CsvExport {
  const nodes = [NODE_HEADER];
  for (const node of graph.nodes) {
    const aliases = node.aliases.map((alias) => alias.replace(/;/g, ',')).join(';');
    nodes.push([node.id, node.name, node.type, aliases, `Entity;${node.type}`].map(csvField).join(','));
  }
  const relationships = [REL_HEADER];
  for (const edge of graph.edges) {
    relationships.push(
      [
        edge.source,
        edge.target,
        edge.type,
        edge.claims,
        edge.sentences,
        edge.articles,
        edge.firstDate ?? '',
        edge.lastDate ?? '',
        edge.maxConfidence,
        edge.allHedged,
      ]
        .map((value) => csvField(String(value)))
        .join(','),
    );
  }
  return { nodes: `${nodes.join('\n')}\n`, relationships: `${relationships.join('\n')}\n` };
}

/** Quotes a field when it holds a comma, quote or line break (quotes doubled). */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
