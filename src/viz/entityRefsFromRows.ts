import { RELATION_TYPES } from '../types.js';
import type { Row } from '../graph/gateway.js';

/** What a query's rows say about entities: ids seen on nodes, and element ids still to resolve. */
export interface EntityRefs {
  /** Entity ids (the `id` property of :Entity nodes, or Claim source/target). */
  ids: Set<string>;
  /** Element ids of relationship ends that were not returned as nodes. */
  elementIds: Set<string>;
}

interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface PlainRel {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
interface PlainPath {
  start: unknown;
  end: unknown;
  segments: { start: unknown; relationship: unknown; end: unknown }[];
}

const isNode = (v: unknown): v is PlainNode =>
  typeof v === 'object' && v !== null && Array.isArray((v as PlainNode).labels) && 'elementId' in v;
const isRel = (v: unknown): v is PlainRel =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as PlainRel).type === 'string' &&
  'start' in v &&
  'end' in v;
const isPath = (v: unknown): v is PlainPath =>
  typeof v === 'object' && v !== null && Array.isArray((v as PlainPath).segments);

const relationTypes = new Set<string>(RELATION_TYPES);

/**
 * Pure: walks gateway rows (nodes as {elementId, labels, properties}, relationships as
 * {elementId, type, start, end, properties}, paths as {start, end, segments}, also inside
 * lists and maps) and collects the entities they touch. A Claim node counts for its
 * source and target entities; relationships count for both ends only when typed.
 */
export function entityRefsFromRows(rows: Row[]): EntityRefs {
  const ids = new Set<string>();
  const byElement = new Map<string, string>();
  const relEnds = new Set<string>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (isPath(value)) {
      visit(value.start);
      visit(value.end);
      for (const segment of value.segments) {
        visit(segment.start);
        visit(segment.relationship);
        visit(segment.end);
      }
      return;
    }
    if (isNode(value)) {
      const props = value.properties ?? {};
      if (value.labels.includes('Entity') && props.id != null) {
        ids.add(String(props.id));
        byElement.set(value.elementId, String(props.id));
      } else if (value.labels.includes('Claim')) {
        if (props.source != null) ids.add(String(props.source));
        if (props.target != null) ids.add(String(props.target));
      }
      return;
    }
    if (isRel(value)) {
      if (relationTypes.has(value.type)) {
        relEnds.add(value.start);
        relEnds.add(value.end);
      }
      return;
    }
    Object.values(value).forEach(visit);
  };
  rows.forEach(visit);
  const elementIds = new Set([...relEnds].filter((elementId) => !byElement.has(elementId)));
  return { ids, elementIds };
}
