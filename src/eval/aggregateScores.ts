import { RELATION_TYPES, type RelationType } from '../types.js';
import { addCounts, prf, zeroCounts, type Prf } from './prf.js';
import type { DocScore } from './scoreDocument.js';

export interface EvalReport {
  docs: DocScore[];
  /** Entity matching, micro-averaged over documents; typeAccuracy is over matched entities. */
  entities: Prf & { typeAccuracy: number };
  relationsByType: Record<RelationType, Prf>;
  /** All relation types together, micro-averaged (summed counts). */
  relations: Prf;
}

/** Sums per-document counts and turns them into precision, recall and F1 (micro average). */
export function aggregateScores(docs: DocScore[]): EvalReport {
  let entityCounts = zeroCounts();
  let typeCorrect = 0;
  const byType = Object.fromEntries(RELATION_TYPES.map((type) => [type, zeroCounts()]));
  let relationCounts = zeroCounts();
  for (const doc of docs) {
    entityCounts = addCounts(entityCounts, doc.entities);
    typeCorrect += doc.entities.typeCorrect;
    for (const type of RELATION_TYPES) {
      byType[type] = addCounts(byType[type], doc.relationsByType[type]);
      relationCounts = addCounts(relationCounts, doc.relationsByType[type]);
    }
  }
  return {
    docs,
    entities: { ...prf(entityCounts), typeAccuracy: entityCounts.tp > 0 ? typeCorrect / entityCounts.tp : 1 },
    relationsByType: Object.fromEntries(RELATION_TYPES.map((type) => [type, prf(byType[type])])) as Record<
      RelationType,
      Prf
    >,
    relations: prf(relationCounts),
  };
}
