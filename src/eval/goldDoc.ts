import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.js';
import { InputError } from '../errors.js';

/** A hand-annotated entity: `source`/`target` of gold relations refer to `name`. */
export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface GoldRelation {
  source: string;
  type: RelationType;
  target: string;
  /** The text states the fact is NOT so: never a gold positive; emitting it as positive is a false positive. */
  negated?: boolean;
  hedged?: boolean;
  note?: string;
}

/** One file of test/fixtures/gold/ (see its README for the conventions). */
export interface GoldDoc {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Checks the shape of a parsed gold file; `file` names it in the error. */
export function parseGoldDoc(value: unknown, file: string): GoldDoc {
  const fail = (reason: string): never => {
    throw new InputError(`${file}: not a gold file: ${reason}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('expected a JSON object');
  const raw = value as Record<string, unknown>;
  if (typeof raw.doc !== 'string' || raw.doc === '') fail('"doc" must be the article file name');
  if (!Array.isArray(raw.entities)) fail('"entities" must be an array');
  if (!Array.isArray(raw.relations)) fail('"relations" must be an array');

  const entities = (raw.entities as unknown[]).map((entry, index): GoldEntity => {
    const entity = (entry ?? {}) as Record<string, unknown>;
    if (typeof entity.name !== 'string' || entity.name === '') fail(`entities[${index}] has no "name"`);
    if (!ENTITY_TYPES.includes(entity.type as EntityType)) {
      fail(
        `entities[${index}] "${entity.name}" has type ${JSON.stringify(entity.type)}, expected one of ${ENTITY_TYPES.join(', ')}`,
      );
    }
    const aliases = entity.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string')) {
      fail(`entities[${index}] "${entity.name}": "aliases" must be an array of strings`);
    }
    return { name: entity.name as string, type: entity.type as EntityType, aliases: aliases as string[] };
  });

  const names = new Set(entities.map((entity) => entity.name));
  if (names.size !== entities.length) fail('two entities share a name');
  const relations = (raw.relations as unknown[]).map((entry, index): GoldRelation => {
    const relation = (entry ?? {}) as Record<string, unknown>;
    if (!RELATION_TYPES.includes(relation.type as RelationType)) {
      fail(
        `relations[${index}] has type ${JSON.stringify(relation.type)}, expected one of ${RELATION_TYPES.join(', ')}`,
      );
    }
    for (const end of ['source', 'target'] as const) {
      if (typeof relation[end] !== 'string' || !names.has(relation[end] as string)) {
        fail(`relations[${index}] ${end} ${JSON.stringify(relation[end])} is not an entity name`);
      }
    }
    return {
      source: relation.source as string,
      type: relation.type as RelationType,
      target: relation.target as string,
      negated: relation.negated === true,
      hedged: relation.hedged === true,
      ...(typeof relation.note === 'string' ? { note: relation.note } : {}),
    };
  });
  return { doc: raw.doc as string, entities, relations };
}
