import type { Entity } from '../types.js';
import type { GoldEntity } from './goldDoc.js';
import { nameKey } from './nameKey.js';

/** How an extracted entity met a gold one: 0 = name~name (best), 1 = name~alias, 2 = alias~name, 3 = alias~alias. */
export type MatchRank = 0 | 1 | 2 | 3;

export interface EntityMatch {
  gold: GoldEntity;
  rank: MatchRank;
}

/**
 * The gold entity an extracted entity stands for: the gold name or any gold alias equals
 * (by nameKey) the extracted name or any extracted alias. Name matches beat alias matches;
 * among equals the first gold entity wins. undefined when nothing matches.
 */
export function matchEntity(
  extracted: Pick<Entity, 'name' | 'aliases'>,
  gold: readonly GoldEntity[],
): EntityMatch | undefined {
  const extractedName = nameKey(extracted.name);
  const extractedAliases = new Set(
    extracted.aliases.map((alias) => nameKey(alias)).filter((key) => key !== ''),
  );
  let best: EntityMatch | undefined;
  for (const candidate of gold) {
    const goldName = nameKey(candidate.name);
    const goldAliases = new Set(candidate.aliases.map((alias) => nameKey(alias)).filter((key) => key !== ''));
    let rank: MatchRank | undefined;
    if (extractedName !== '' && extractedName === goldName) rank = 0;
    else if (goldAliases.has(extractedName)) rank = 1;
    else if (extractedAliases.has(goldName)) rank = 2;
    else if ([...extractedAliases].some((key) => goldAliases.has(key))) rank = 3;
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { gold: candidate, rank };
    if (best?.rank === 0) break;
  }
  return best;
}
