import type { Entity } from '../types.js';
import type { GoldEntity } from './goldDoc.js';
import { scoringKey } from './scoringKey.js';

/** Finds the gold entity an extracted entity stands for; undefined when none. */
export type EntityMatcher = (extracted: Pick<Entity, 'name' | 'aliases'>) => GoldEntity | undefined;

/**
 * score.py's matching: every gold name and alias is a key (by scoringKey; when two gold entities share
 * a key, the first listed keeps it); an extracted entity's name, then each of its aliases in order, is
 * looked up, and the first that is a key decides.
 * Gold "Halden Capital" (alias "Halden"): extracted "Halden's" -> Halden Capital.
 */
export function matchEntity(gold: readonly GoldEntity[]): EntityMatcher {
  const byKey = new Map<string, GoldEntity>();
  for (const entity of gold) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = scoringKey(name);
      if (!byKey.has(key)) byKey.set(key, entity);
    }
  }
  return (extracted) => {
    for (const name of [extracted.name, ...extracted.aliases]) {
      const hit = byKey.get(scoringKey(name));
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
}
