import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.js';
import { InputError } from '../errors.js';

/** A hand-annotated entity: `source`/`target` of gold relations refer to `name`. */
export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Neither rewarded nor punished when found; not missed when not found. */
  optional: boolean;
}

export interface GoldRelation {
  source: string;
  type: RelationType;
  target: string;
  /** Neither rewarded nor punished when found; not missed when not found. */
  optional: boolean;
  /** The text states the fact is NOT so: never a gold positive; emitting it is a false positive. */
  negated: boolean;
  hedged: boolean;
  /** The sentence that states it (`evidence` of the list format, `note` of the per-document one). */
  evidence?: string;
}

/** The gold annotation of one article. */
export interface GoldDoc {
  /** The article's file name: documents are paired by basename. */
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

type Fail = (reason: string) => never;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseEntity(entry: unknown, index: number, fail: Fail): GoldEntity {
  const entity = isRecord(entry) ? entry : {};
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
  return {
    name: entity.name as string,
    type: entity.type as EntityType,
    aliases: aliases as string[],
    optional: entity.optional === true,
  };
}

function parseRelation(entry: unknown, index: number, names: Set<string>, fail: Fail): GoldRelation {
  const relation = isRecord(entry) ? entry : {};
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
  const evidence = relation.evidence ?? relation.note;
  return {
    source: relation.source as string,
    type: relation.type as RelationType,
    target: relation.target as string,
    optional: relation.optional === true,
    negated: relation.negated === true,
    hedged: relation.hedged === true,
    ...(typeof evidence === 'string' ? { evidence } : {}),
  };
}

/** The entities and relations of one annotated article, whichever key names it. */
function parseAnnotation(raw: Record<string, unknown>, doc: unknown, fail: Fail): GoldDoc {
  if (!Array.isArray(raw.entities)) fail('"entities" must be an array');
  if (!Array.isArray(raw.relations)) fail('"relations" must be an array');
  const entities = (raw.entities as unknown[]).map((entry, index) => parseEntity(entry, index, fail));
  const names = new Set(entities.map((entity) => entity.name));
  if (names.size !== entities.length) fail('two entities share a name');
  const relations = (raw.relations as unknown[]).map((entry, index) =>
    parseRelation(entry, index, names, fail),
  );
  return { doc: doc as string, entities, relations };
}

/**
 * Checks the shape of a parsed gold file; `file` names it in the errors. Two formats:
 * - one article per file (test/fixtures/gold): `{doc, entities, relations}`;
 * - a list of articles (../shared/dev-eval/gold.json, ../shared/gum-dev/gold.json):
 *   `[{file, entities, relations}, ...]`.
 * Entities and relations take `optional`; the per-article format also `negated`, `hedged` and `note`.
 */
export function parseGold(value: unknown, file: string): GoldDoc[] {
  if (Array.isArray(value)) {
    return value.map((entry, index) => {
      const fail: Fail = (reason) => {
        throw new InputError(`${file}: not a gold file: [${index}]: ${reason}`);
      };
      if (!isRecord(entry)) return fail('expected an object {file, entities, relations}');
      if (typeof entry.file !== 'string' || entry.file === '') fail('"file" must be the article file name');
      return parseAnnotation(entry, entry.file, fail);
    });
  }
  const fail: Fail = (reason) => {
    throw new InputError(`${file}: not a gold file: ${reason}`);
  };
  if (!isRecord(value)) return fail('expected a JSON object {doc, entities, relations} or a list of them');
  if (typeof value.doc !== 'string' || value.doc === '') fail('"doc" must be the article file name');
  return [parseAnnotation(value, value.doc, fail)];
}
