import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JSON-friendly JS: Integer -> number (or
 * string when unsafe), Node -> {elementId, labels, properties}, Relationship ->
 * {elementId, type, start, end, properties}, Path -> {start, end, segments},
 * temporal values -> ISO strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { elementId: string; labels: string[]; properties: object };
    return { elementId: node.elementId, labels: node.labels, properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as {
      elementId: string;
      type: string;
      startNodeElementId: string;
      endNodeElementId: string;
      properties: object;
    };
    return {
      elementId: rel.elementId,
      type: rel.type,
      start: rel.startNodeElementId,
      end: rel.endNodeElementId,
      properties: toPlain(rel.properties),
    };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as {
      start: unknown;
      end: unknown;
      segments: { start: unknown; relationship: unknown; end: unknown }[];
    };
    return {
      start: toPlain(path.start),
      end: toPlain(path.end),
      segments: path.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
  return out;
}
