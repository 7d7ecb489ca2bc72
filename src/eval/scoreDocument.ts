import {
  RELATION_TYPES,
  type Entity,
  type EntityType,
  type ExtractedDoc,
  type RelationType,
} from '../types.js';
import type { GoldDoc, GoldRelation } from './goldDoc.js';
import { matchEntity } from './matchEntity.js';
import { zeroCounts, type Counts } from './prf.js';

/** A relation in gold-entity terms: endpoints are gold names, or `?<extracted name>` when no gold entity matched. */
export interface RelationError {
  type: RelationType;
  source: string;
  target: string;
  /** Why it is an error beyond "not in gold", e.g. "negated in gold", "unknown entity". */
  reason?: string;
  /** First evidence sentence and trigger of an extracted false positive. */
  evidence?: string;
  trigger?: string;
  /** The gold note of a false negative. */
  note?: string;
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
  entities: Counts & { typeCorrect: number };
  relationsByType: Record<RelationType, Counts>;
  entityFalsePositives: EntityError[];
  entityFalseNegatives: EntityError[];
  typeMismatches: TypeMismatch[];
  falsePositives: RelationError[];
  falseNegatives: RelationError[];
}

/** PARTNERED_WITH is symmetric: its key orders the endpoints. */
function relationKey(type: RelationType, source: string, target: string): string {
  const [a, b] = type === 'PARTNERED_WITH' && target < source ? [target, source] : [source, target];
  return `${type}\u0000${a}\u0000${b}`;
}

/**
 * Scores one extracted document against its gold annotation.
 * Entities: an extracted entity matches a gold one by name or alias (see matchEntity); each gold
 * entity is found at most once, so a second extracted entity for it is a false positive ("duplicate").
 * Relations: only extracted relations with negated=false count, once per (source, type, target);
 * endpoints are mapped to gold entities; PARTNERED_WITH is unordered. Gold relations marked
 * negated are never positives: emitting one is a false positive with reason "negated in gold".
 */
export function scoreDocument(extracted: ExtractedDoc, gold: GoldDoc): DocScore {
  // Entities: best-ranked matches claim their gold entity first.
  const matches = extracted.entities
    .map((entity, order) => ({ entity, order, match: matchEntity(entity, gold.entities) }))
    .sort((a, b) => (a.match?.rank ?? 9) - (b.match?.rank ?? 9) || a.order - b.order);
  const goldNameOf = new Map<string, string>();
  const claimed = new Set<string>();
  const entities = { ...zeroCounts(), typeCorrect: 0 };
  const entityFalsePositives: EntityError[] = [];
  const typeMismatches: TypeMismatch[] = [];
  for (const { entity, match } of matches) {
    if (match === undefined) {
      entities.fp += 1;
      entityFalsePositives.push({ name: entity.name, type: entity.type });
      continue;
    }
    goldNameOf.set(entity.id, match.gold.name);
    if (claimed.has(match.gold.name)) {
      entities.fp += 1;
      entityFalsePositives.push({
        name: entity.name,
        type: entity.type,
        reason: `duplicate of gold "${match.gold.name}"`,
      });
      continue;
    }
    claimed.add(match.gold.name);
    entities.tp += 1;
    if (entity.type === match.gold.type) entities.typeCorrect += 1;
    else
      typeMismatches.push({
        gold: match.gold.name,
        goldType: match.gold.type,
        extracted: entity.name,
        extractedType: entity.type,
      });
  }
  const entityFalseNegatives = gold.entities
    .filter((entity) => !claimed.has(entity.name))
    .map((entity): EntityError => ({ name: entity.name, type: entity.type }));
  entities.fn = entityFalseNegatives.length;

  // Relations, in gold-entity terms.
  const byId = new Map<string, Entity>(extracted.entities.map((entity) => [entity.id, entity]));
  const endpoint = (id: string): { name: string; known: boolean } => {
    const goldName = goldNameOf.get(id);
    if (goldName !== undefined) return { name: goldName, known: true };
    return { name: `?${byId.get(id)?.name ?? id}`, known: false };
  };
  const goldPositive = new Map<string, GoldRelation>();
  const goldNegated = new Set<string>();
  for (const relation of gold.relations) {
    const key = relationKey(relation.type, relation.source, relation.target);
    if (relation.negated) goldNegated.add(key);
    else if (!goldPositive.has(key)) goldPositive.set(key, relation);
  }
  const seen = new Set<string>();
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((type) => [type, zeroCounts()])) as Record<
    RelationType,
    Counts
  >;
  const falsePositives: RelationError[] = [];
  for (const relation of extracted.relations) {
    if (relation.negated) continue;
    const source = endpoint(relation.source);
    const target = endpoint(relation.target);
    const key = relationKey(relation.type, source.name, target.name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (goldPositive.has(key)) {
      relationsByType[relation.type].tp += 1;
      continue;
    }
    relationsByType[relation.type].fp += 1;
    const reason = goldNegated.has(key)
      ? 'negated in gold'
      : !source.known || !target.known
        ? 'unknown entity'
        : undefined;
    falsePositives.push({
      type: relation.type,
      source: source.name,
      target: target.name,
      ...(reason === undefined ? {} : { reason }),
      evidence: relation.evidence,
      trigger: relation.trigger,
    });
  }
  const falseNegatives: RelationError[] = [];
  for (const [key, relation] of goldPositive) {
    if (seen.has(key)) continue;
    relationsByType[relation.type].fn += 1;
    falseNegatives.push({
      type: relation.type,
      source: relation.source,
      target: relation.target,
      ...(relation.note === undefined ? {} : { note: relation.note }),
    });
  }
  return {
    doc: extracted.doc,
    entities,
    relationsByType,
    entityFalsePositives,
    entityFalseNegatives,
    typeMismatches,
    falsePositives,
    falseNegatives,
  };
}
