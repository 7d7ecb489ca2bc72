import { RELATION_TYPES } from '../types.js';
import type { Row } from '../graph/gateway.js';
import { isPlainNode, isPlainPath, isPlainRelationship } from '../graph/plainValues.js';

/** What a query's rows say about entities: ids seen on nodes, and element ids still to resolve. */
export interface EntityRefs {
  /** Entity ids (the `id` property of :Entity nodes, or Claim source/target). */
  ids: Set<string>;
  /** Element ids of relationship ends that were not returned as nodes. */
  elementIds: Set<string>;
}

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
    if (isPlainPath(value)) {
      visit(value.start);
      visit(value.end);
      for (const segment of value.segments) {
        visit(segment.start);
        visit(segment.relationship);
        visit(segment.end);
      }
      return;
    }
    if (isPlainNode(value)) {
      const props = value.properties;
      if (value.labels.includes('Entity') && props.id != null) {
        ids.add(String(props.id));
        byElement.set(value.elementId, String(props.id));
      } else if (value.labels.includes('Claim')) {
        if (props.source != null) ids.add(String(props.source));
        if (props.target != null) ids.add(String(props.target));
      }
      return;
    }
    if (isPlainRelationship(value)) {
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
