import {
  isPlainNode,
  isPlainPath,
  isPlainRelationship,
  type PlainNode,
  type PlainPath,
} from '../graph/plainValues.js';

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
  if (isPlainPath(value)) return formatPath(value);
  if (isPlainNode(value)) return nodeName(value);
  if (isPlainRelationship(value)) return `-[${value.type}]->`;
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
