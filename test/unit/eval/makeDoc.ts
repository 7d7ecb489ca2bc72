import type { Entity, EntityType, ExtractedDoc, Relation, RelationType } from '../../../src/types.js';

/** [name, type, aliases?]: the id is the name. */
export type EntityRow = [string, EntityType, string[]?];
/** [source name, type, target name, negated?] */
export type RelationRow = [string, RelationType, string, boolean?];

/** A hand-made ExtractedDoc for scorer tests. */
export function makeDoc(entities: EntityRow[], relations: RelationRow[], doc = 'doc.txt'): ExtractedDoc {
  return {
    doc,
    title: '',
    entities: entities.map(([name, type, aliases = []]): Entity => ({
      id: name,
      name,
      type,
      aliases,
      mentions: [],
    })),
    relations: relations.map(([source, type, target, negated = false]): Relation => ({
      type,
      source,
      target,
      evidence: `${source} ${type} ${target}.`,
      sentence: 0,
      start: 0,
      end: 0,
      trigger: type.toLowerCase(),
      confidence: 0.9,
      negated,
      hedged: false,
    })),
  };
}
