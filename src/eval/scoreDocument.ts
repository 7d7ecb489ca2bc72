import {
  ENTITY_TYPES,
  RELATION_TYPES,
  type EntityType,
  type ExtractedDoc,
  type RelationType,
} from '../types.js';
import type { GoldDoc } from './goldDoc.js';
import { matchEntity } from './matchEntity.js';
import { zeroCounts, type Counts } from './prf.js';

/** A relation in gold-entity terms: endpoints are gold names, or `?<extracted name>` when no gold entity matched. */
export interface RelationError {
  type: RelationType;
  source: string;
  target: string;
  /** Why it is an error beyond "not in gold", e.g. "negated in gold", "unknown entity". */
  reason?: string;
  /** The evidence sentence (of the extracted relation, or of the gold one). */
  evidence?: string;
  trigger?: string;
}

export interface EntityError {
  name: string;
  type: EntityType;
  reason?: string;
}

export interface TypeMismatch {
  gold: string;
  goldType: EntityType;
  extracted: string;
  extractedType: EntityType;
}

export interface DocScore {
  doc: string;
  /** duplicates: extracted entities for a gold entity already found (each also counts in fp). */
  entities: Counts & { duplicates: number; typeCorrect: number };
  /** A hit and a miss count under the gold entity's type, a wrong entity under its extracted type. */
  entitiesByType: Record<EntityType, Counts>;
  relationsByType: Record<RelationType, Counts>;
  /** Relation keys (type, source, target in gold names) for the corpus-level graph score. */
  graph: { required: string[]; all: string[]; predicted: string[] };
  entityFalsePositives: EntityError[];
  entityFalseNegatives: EntityError[];
  typeMismatches: TypeMismatch[];
  falsePositives: RelationError[];
  falseNegatives: RelationError[];
}

/** Only these extracted entities count; a Place or Product still names a relation's endpoint. */
const COUNTED: ReadonlySet<EntityType> = new Set(['Organization', 'Person', 'Government']);

/** PARTNERED_WITH is symmetric: its key orders the endpoints. */
function relationKey(type: string, source: string, target: string): string {
  const ends = type === 'PARTNERED_WITH' ? [source, target].sort() : [source, target];
  return JSON.stringify([type, ...ends]);
}

const countsByType = <T extends string>(types: readonly T[]): Record<T, Counts> =>
  Object.fromEntries(types.map((type) => [type, zeroCounts()])) as Record<T, Counts>;

/**
 * Scores one extracted document against its gold annotation with the rules of
 * ../shared/dev-eval/score.py (its README explains them), so `kg eval` prints score.py's numbers:
 * - entities: only Organization, Person and Government extracted entities count, in order; one matches
 *   a gold entity by name or alias (see matchEntity); the second match of a gold entity is a duplicate,
 *   counted wrong; a match of an optional gold entity counts neither way. Every required gold entity,
 *   whatever its type, is to be found.
 * - relations: every extracted relation counts (negated ones too), once per (type, source, target),
 *   endpoints mapped to gold names; PARTNERED_WITH is unordered; a match of an optional gold relation
 *   counts neither way; a gold relation marked negated is not a fact to find.
 */
export function scoreDocument(extracted: ExtractedDoc, gold: GoldDoc): DocScore {
  const match = matchEntity(gold.entities);
  const required = new Set(gold.entities.filter((entity) => !entity.optional).map((entity) => entity.name));
  const goldNameOf = new Map<string, string>();
  const found = new Set<string>();
  const entities = { ...zeroCounts(), duplicates: 0, typeCorrect: 0 };
  const entitiesByType = countsByType(ENTITY_TYPES);
  const entityFalsePositives: EntityError[] = [];
  const typeMismatches: TypeMismatch[] = [];
  for (const entity of extracted.entities) {
    const hit = match(entity);
    if (hit === undefined) goldNameOf.delete(entity.id);
    else goldNameOf.set(entity.id, hit.name);
    if (!COUNTED.has(entity.type)) continue;
    if (hit === undefined || found.has(hit.name)) {
      entities.fp += 1;
      entitiesByType[entity.type].fp += 1;
      if (hit !== undefined) entities.duplicates += 1;
      entityFalsePositives.push({
        name: entity.name,
        type: entity.type,
        ...(hit === undefined ? {} : { reason: `duplicate of gold "${hit.name}"` }),
      });
      continue;
    }
    found.add(hit.name);
    if (!required.has(hit.name)) continue; // optional: neither rewarded nor punished
    entities.tp += 1;
    entitiesByType[hit.type].tp += 1;
    if (entity.type === hit.type) entities.typeCorrect += 1;
    else
      typeMismatches.push({
        gold: hit.name,
        goldType: hit.type,
        extracted: entity.name,
        extractedType: entity.type,
      });
  }
  const entityFalseNegatives = gold.entities
    .filter((entity) => required.has(entity.name) && !found.has(entity.name))
    .map((entity): EntityError => ({ name: entity.name, type: entity.type }));
  entities.fn = entityFalseNegatives.length;
  for (const entity of entityFalseNegatives) entitiesByType[entity.type].fn += 1;

  // Relations, in gold-entity terms.
  const requiredRelations = new Map<string, { type: RelationType; evidence?: string }>();
  const allRelations = new Set<string>();
  const negatedInGold = new Set<string>();
  for (const relation of gold.relations) {
    const key = relationKey(relation.type, relation.source, relation.target);
    if (relation.negated) {
      negatedInGold.add(key);
      continue;
    }
    allRelations.add(key);
    if (!relation.optional && !requiredRelations.has(key)) requiredRelations.set(key, relation);
  }
  const nameOf = new Map(extracted.entities.map((entity) => [entity.id, entity.name]));
  const endpoint = (id: string): { key: string; shown: string; known: boolean } => {
    const goldName = goldNameOf.get(id);
    if (goldName !== undefined) return { key: goldName, shown: goldName, known: true };
    return { key: `?${id}`, shown: `?${nameOf.get(id) ?? id}`, known: false };
  };
  const predicted = new Set<string>();
  const relationsByType = countsByType(RELATION_TYPES);
  const falsePositives: RelationError[] = [];
  for (const relation of extracted.relations) {
    const source = endpoint(relation.source);
    const target = endpoint(relation.target);
    const key = relationKey(relation.type, source.key, target.key);
    if (predicted.has(key)) continue;
    predicted.add(key);
    if (requiredRelations.has(key)) relationsByType[relation.type].tp += 1;
    if (allRelations.has(key)) continue; // found, or optional: neither rewarded nor punished
    relationsByType[relation.type].fp += 1;
    const reason = negatedInGold.has(key)
      ? 'negated in gold'
      : !source.known || !target.known
        ? 'unknown entity'
        : relation.negated
          ? 'extracted as negated'
          : undefined;
    falsePositives.push({
      type: relation.type,
      source: source.shown,
      target: target.shown,
      ...(reason === undefined ? {} : { reason }),
      evidence: relation.evidence,
      trigger: relation.trigger,
    });
  }
  const falseNegatives: RelationError[] = [];
  for (const [key, relation] of requiredRelations) {
    relationsByType[relation.type].fn += predicted.has(key) ? 0 : 1;
    if (predicted.has(key)) continue;
    const [type, source, target] = JSON.parse(key) as [RelationType, string, string];
    falseNegatives.push({
      type,
      source,
      target,
      ...(relation.evidence === undefined ? {} : { evidence: relation.evidence }),
    });
  }
  return {
    doc: gold.doc,
    entities,
    entitiesByType,
    relationsByType,
    graph: { required: [...requiredRelations.keys()], all: [...allRelations], predicted: [...predicted] },
    entityFalsePositives,
    entityFalseNegatives,
    typeMismatches,
    falsePositives,
    falseNegatives,
  };
}
