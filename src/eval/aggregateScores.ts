import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.js';
import { addCounts, prf, zeroCounts, type Counts, type Prf } from './prf.js';
import type { DocScore } from './scoreDocument.js';

export interface EvalReport {
  docs: DocScore[];
  /** Gold documents that had no extracted document: scored as empty predictions. */
  missing: string[];
  /** Entity matching, micro-averaged over documents; typeAccuracy is over found entities. */
  entities: Prf & { duplicates: number; typeAccuracy: number };
  entitiesByType: Record<EntityType, Prf>;
  relationsByType: Record<RelationType, Prf>;
  /** All relation types together, micro-averaged (summed counts). */
  relations: Prf;
  /** score.py's "graph": unique (type, source, target) over all documents, optional ones neutral. */
  graph: Prf;
}

function sumByType<T extends string>(types: readonly T[], rows: Record<T, Counts>[]): Record<T, Prf> {
  return Object.fromEntries(
    types.map((type) => [type, prf(rows.reduce((sum, row) => addCounts(sum, row[type]), zeroCounts()))]),
  ) as Record<T, Prf>;
}

/** The corpus-level graph: predictions that are optional gold anywhere are dropped, the rest compared. */
function graphScore(docs: DocScore[]): Prf {
  const required = new Set(docs.flatMap((doc) => doc.graph.required));
  const all = new Set(docs.flatMap((doc) => doc.graph.all));
  const predicted = new Set(
    docs.flatMap((doc) => doc.graph.predicted).filter((key) => required.has(key) || !all.has(key)),
  );
  const tp = [...predicted].filter((key) => required.has(key)).length;
  return prf({ tp, fp: predicted.size - tp, fn: required.size - tp });
}

/** Sums per-document counts and turns them into precision, recall and F1 (micro average). */
export function aggregateScores(docs: DocScore[], missing: string[] = []): EvalReport {
  const entityCounts = docs.reduce((sum, doc) => addCounts(sum, doc.entities), zeroCounts());
  const duplicates = docs.reduce((sum, doc) => sum + doc.entities.duplicates, 0);
  const typeCorrect = docs.reduce((sum, doc) => sum + doc.entities.typeCorrect, 0);
  const relationsByType = sumByType(
    RELATION_TYPES,
    docs.map((doc) => doc.relationsByType),
  );
  return {
    docs,
    missing,
    entities: {
      ...prf(entityCounts),
      duplicates,
      typeAccuracy: entityCounts.tp > 0 ? typeCorrect / entityCounts.tp : 1,
    },
    entitiesByType: sumByType(
      ENTITY_TYPES,
      docs.map((doc) => doc.entitiesByType),
    ),
    relationsByType,
    relations: prf(Object.values<Counts>(relationsByType).reduce(addCounts, zeroCounts())),
    graph: graphScore(docs),
  };
}
