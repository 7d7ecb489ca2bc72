import { vizNodeFromRow } from './vizNodeFromRow.js';
import type { Row } from '../graph/gateway.js';
import { edgeId, type VizEdge, type VizEvidence, type VizGraph, type VizNode } from './vizGraph.js';

/**
 * Pure: rows of cypher/read/viz-entities, viz-edges and viz-evidence -> VizGraph.
 * Edges whose ends are missing from the entity rows are dropped; degree counts
 * the edges kept.
 */
export function rowsToVizGraph(entityRows: Row[], edgeRows: Row[], evidenceRows: Row[] = []): VizGraph {
  const nodes = new Map<string, VizNode>();
  for (const row of entityRows) nodes.set(String(row.id), vizNodeFromRow(row));
  const evidence = new Map<string, VizEvidence[]>();
  for (const row of evidenceRows) {
    const items = Array.isArray(row.evidence) ? row.evidence : [];
    evidence.set(
      edgeId(String(row.source), String(row.type), String(row.target)),
      items.map((item: Record<string, unknown>) => ({
        text: String(item.text ?? ''),
        articleId: String(item.articleId ?? ''),
        articleTitle: String(item.articleTitle ?? item.articleId ?? ''),
        sentenceIndex: Number(item.sentenceIndex ?? 0),
        hedged: item.hedged === true,
        negated: item.negated === true,
        eventDate: item.eventDate == null ? null : String(item.eventDate),
        eventEnd: item.eventEnd == null ? null : String(item.eventEnd),
        timeText: item.timeText == null ? null : String(item.timeText),
        expected: item.expected === true,
      })),
    );
  }
  const edges: VizEdge[] = [];
  for (const row of edgeRows) {
    const source = String(row.source);
    const target = String(row.target);
    const from = nodes.get(source);
    const to = nodes.get(target);
    if (!from || !to) continue;
    const type = String(row.type);
    const id = edgeId(source, type, target);
    edges.push({
      id,
      source,
      target,
      type,
      claims: Number(row.claims ?? 0),
      sentences: Number(row.sentences ?? 0),
      articles: Number(row.articles ?? 0),
      firstDate: row.firstDate == null ? null : String(row.firstDate),
      lastDate: row.lastDate == null ? null : String(row.lastDate),
      firstEventDate: row.firstEventDate == null ? null : String(row.firstEventDate),
      lastEventDate: row.lastEventDate == null ? null : String(row.lastEventDate),
      maxConfidence: Number(row.maxConfidence ?? 0),
      allHedged: row.allHedged === true,
      evidence: evidence.get(id) ?? [],
    });
    from.degree += 1;
    if (to !== from) to.degree += 1;
  }
  return { nodes: [...nodes.values()], edges };
}
