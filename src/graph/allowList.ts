import { AllowListError } from '../errors.js';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.js';

/**
 * Labels and relationship types cannot be Cypher parameters, so they are the
 * only strings we ever put into Cypher text, and only from these fixed lists.
 * `Organization` passes; "Org`) DETACH DELETE (n" throws.
 */
export function entityLabel(type: string): EntityType {
  if ((ENTITY_TYPES as readonly string[]).includes(type)) return type as EntityType;
  throw new AllowListError(`'${type}' is not an entity type: expected one of ${ENTITY_TYPES.join(', ')}.`);
}

export function relationshipType(type: string): RelationType {
  if ((RELATION_TYPES as readonly string[]).includes(type)) return type as RelationType;
  throw new AllowListError(`'${type}' is not a relation type: expected one of ${RELATION_TYPES.join(', ')}.`);
}

/**
 * Fills the `__LABEL__` / `__TYPE__` slots of a Cypher template with an
 * allow-listed name. Any other slot left in the text is a programming error.
 */
export function fillTemplate(template: string, slots: { label?: string; type?: string }): string {
  let text = template;
  if (slots.label !== undefined) text = text.replaceAll('__LABEL__', entityLabel(slots.label));
  if (slots.type !== undefined) text = text.replaceAll('__TYPE__', relationshipType(slots.type));
  if (/__(LABEL|TYPE)__/.test(text)) throw new AllowListError('Cypher template has an unfilled slot.');
  return text;
}

const EACH_BLOCK = /^\/\/ @each (__LABEL__|__TYPE__)\n([\s\S]*?)^\/\/ @end\n?/gm;

/**
 * Expands the `// @each __LABEL__` ... `// @end` (or `__TYPE__`) blocks of a Cypher template: the
 * block is repeated once per name of the allow-list, its slot filled with that name. One statement
 * then covers every entity type or relation type (cypher/write/entities.cypher, edges.cypher):
 * fewer statements per batch, and fewer for Neo4j to plan again as the graph grows.
 */
export function expandTemplate(template: string): string {
  const text = template.replace(EACH_BLOCK, (_block, slot: string, body: string) => {
    const names: readonly string[] = slot === '__LABEL__' ? ENTITY_TYPES : RELATION_TYPES;
    return names
      .map((name) => fillTemplate(body, slot === '__LABEL__' ? { label: name } : { type: name }))
      .join('');
  });
  if (/__(LABEL|TYPE)__/.test(text)) throw new AllowListError('Cypher template has an unfilled slot.');
  return text;
}
