import type { Entity, EntityType, ExtractedDoc, Relation, RelationType } from '../../../src/types.js';
import type { GoldDoc } from '../../../src/eval/goldDoc.js';

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

/** [name, type, aliases?, optional?] */
export type GoldEntityRow = [string, EntityType, string[]?, boolean?];
/** [source, type, target, optional?, negated?] */
export type GoldRelationRow = [string, RelationType, string, boolean?, boolean?];

/** A hand-made GoldDoc for scorer tests. */
export function makeGold(entities: GoldEntityRow[], relations: GoldRelationRow[], doc = 'doc.txt'): GoldDoc {
  return {
    doc,
    entities: entities.map(([name, type, aliases = [], optional = false]) => ({
      name,
      type,
      aliases,
      optional,
    })),
    relations: relations.map(([source, type, target, optional = false, negated = false]) => ({
      source,
      type,
      target,
      optional,
      negated,
      hedged: false,
    })),
  };
}
