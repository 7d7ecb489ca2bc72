/**
 * The plain shapes the gateway returns for graph values (made by toPlain.ts), and their guards.
 * One definition for every reader of rows: query tables (formatCell) and kg viz (entityRefsFromRows).
 */
export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  /** Element ids of the start and end nodes. */
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface PlainSegment {
  start: PlainNode;
  relationship: PlainRelationship;
  end: PlainNode;
}

export interface PlainPath {
  start: PlainNode;
  end: PlainNode;
  segments: PlainSegment[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** `{elementId: "4:x:1", labels: ["Entity"], properties: {...}}` */
export const isPlainNode = (v: unknown): v is PlainNode =>
  isObject(v) && typeof v.elementId === 'string' && Array.isArray(v.labels) && isObject(v.properties);

/** `{elementId: "5:x:9", type: "OWNS", start: "4:x:1", end: "4:x:2", properties: {...}}` */
export const isPlainRelationship = (v: unknown): v is PlainRelationship =>
  isObject(v) &&
  typeof v.elementId === 'string' &&
  typeof v.type === 'string' &&
  typeof v.start === 'string' &&
  typeof v.end === 'string' &&
  isObject(v.properties);

/** `{start: node, end: node, segments: [{start, relationship, end}, ...]}` */
export const isPlainPath = (v: unknown): v is PlainPath =>
  isObject(v) && Array.isArray(v.segments) && isPlainNode(v.start) && isPlainNode(v.end);
