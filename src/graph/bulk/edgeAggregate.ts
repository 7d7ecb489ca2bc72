import type { ClaimRow } from '../toWriteRows.js';

/**
 * What cypher/write/edges.cypher computes for one (source, type, target) key from its non-negated
 * claims, kept as a running aggregate: the bulk writer sees every claim once and never reads back.
 */
export interface EdgeAggregate {
  source: string;
  type: string;
  target: string;
  claims: number;
  sentences: Set<string>;
  articles: Set<string>;
  firstDate: string | null;
  lastDate: string | null;
  firstEventDate: string | null;
  lastEventDate: string | null;
  maxConfidence: number | null;
  allHedged: boolean;
}

export const edgeKeyOf = (c: { source: string; type: string; target: string }) =>
  `${c.type}|${c.source}|${c.target}`;

/** Cypher's min() / max(): nulls ignored, null when nothing is left. */
const least = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
const greatest = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

export function emptyEdge(claim: ClaimRow): EdgeAggregate {
  return {
    source: claim.source,
    type: claim.type,
    target: claim.target,
    claims: 0,
    sentences: new Set(),
    articles: new Set(),
    firstDate: null,
    lastDate: null,
    firstEventDate: null,
    lastEventDate: null,
    maxConfidence: null,
    allHedged: true,
  };
}

/**
 * Adds one non-negated claim, from an article published on `published` (null when unknown).
 * "will buy Halden in 2031" (expected) counts but gives no event date, as in edges.cypher.
 */
export function addClaim(edge: EdgeAggregate, claim: ClaimRow, published: string | null): void {
  edge.claims++;
  edge.sentences.add(`${claim.articleId}#${claim.sentenceIndex}`);
  edge.articles.add(claim.articleId);
  edge.firstDate = least(edge.firstDate, published);
  edge.lastDate = greatest(edge.lastDate, published);
  if (!claim.expected) {
    edge.firstEventDate = least(edge.firstEventDate, claim.eventDate);
    edge.lastEventDate = greatest(edge.lastEventDate, claim.eventEnd ?? claim.eventDate);
  }
  edge.maxConfidence =
    edge.maxConfidence === null ? claim.confidence : Math.max(edge.maxConfidence, claim.confidence);
  edge.allHedged &&= claim.hedged;
}
