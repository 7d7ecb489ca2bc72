import type { ExtractedDoc } from '../types.js';
import type { GoldDoc } from './goldDoc.js';
import { aggregateScores, type EvalReport } from './aggregateScores.js';
import { pairDocs } from './pairDocs.js';
import { scoreDocument } from './scoreDocument.js';

export interface GoldSetScore {
  report: EvalReport;
  /** Extracted documents this gold set has no annotation for. */
  unpaired: string[];
}

/** Scores extracted documents against one gold set (documents paired by basename, as score.py does). */
export function scoreGoldSet(extracted: readonly ExtractedDoc[], gold: readonly GoldDoc[]): GoldSetScore {
  const pairing = pairDocs(extracted, gold);
  const docs = pairing.pairs.map((pair) => scoreDocument(pair.extracted, pair.gold));
  return { report: aggregateScores(docs, pairing.missing), unpaired: pairing.unpaired };
}
