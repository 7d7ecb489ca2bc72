/** Plain shapes the gateway returns (see src/graph/toPlain.ts). */
interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface PlainRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
interface PlainPath {
  start: PlainNode;
  end: PlainNode;
  segments: { start: PlainNode; relationship: PlainRelationship; end: PlainNode }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isNode = (v: unknown): v is PlainNode =>
  isObject(v) && typeof v.elementId === 'string' && Array.isArray(v.labels) && isObject(v.properties);
export const isRelationship = (v: unknown): v is PlainRelationship =>
  isObject(v) && typeof v.elementId === 'string' && typeof v.type === 'string' && typeof v.start === 'string';
export const isPath = (v: unknown): v is PlainPath =>
  isObject(v) && Array.isArray(v.segments) && isNode(v.start) && isNode(v.end);

/**
 * Pure: one result value -> readable text for a table or CSV cell.
 * node -> its name (or title, id, text); relationship -> `-[TYPE]->`;
 * path -> `Walmart -[PARTNERED_WITH]-> Microsoft <-[REJECTED]- ByteDance`;
 * list -> items joined by `, `; map -> JSON.
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\s*\n\s*/g, ' ');
  if (typeof value !== 'object') return String(value);
  if (isPath(value)) return formatPath(value);
  if (isNode(value)) return nodeName(value);
  if (isRelationship(value)) return `-[${value.type}]->`;
  if (Array.isArray(value)) return value.map(formatCell).join(', ');
  return JSON.stringify(value);
}

export function nodeName(node: PlainNode): string {
  const p = node.properties;
  for (const key of ['name', 'title', 'id']) {
    if (typeof p[key] === 'string' && p[key] !== '') return p[key];
  }
  if (typeof p.text === 'string') return p.text.replace(/\s*\n\s*/g, ' ');
  return `(:${node.labels.join(':')})`;
}

function formatPath(path: PlainPath): string {
  if (path.segments.length === 0) return nodeName(path.start);
  let text = nodeName(path.segments[0].start);
  for (const { start, relationship, end } of path.segments) {
    const forward = relationship.start === start.elementId;
    text += forward ? ` -[${relationship.type}]-> ` : ` <-[${relationship.type}]- `;
    text += nodeName(end);
  }
  return text;
}
