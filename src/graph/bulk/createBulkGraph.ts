import { relationshipType, entityLabel } from '../allowList.js';
import type { ArticleRows, EntityRow } from '../toWriteRows.js';
import type { BulkLines } from './bulkFiles.js';
import { csvLine } from './csvLine.js';
import { addClaim, edgeKeyOf, emptyEdge, type EdgeAggregate } from './edgeAggregate.js';

interface EntityState {
  name: string;
  type: string;
  labels: Set<string>;
  aliases: string[];
}

/**
 * The bulk writer's state: what the ordinary writer (src/graph/writeArticles.ts) would leave in the
 * graph after the same batches, as CSV lines. Articles, sentences, mentions and claims are final when
 * their batch is added and stream out at once; entities and typed edges change with every batch, so
 * they are held (one small record per entity and per edge key) and written by `finish`.
 */
export function createBulkGraph(ingestedAt: string) {
  const entities = new Map<string, EntityState>();
  const edges = new Map<string, EdgeAggregate>();

  /** As the ordinary writer: the first batch names an entity, aliases accumulate in batch order. */
  const addEntities = (rows: EntityRow[]) => {
    const byId = new Map<string, EntityRow>();
    for (const row of rows) {
      const seen = byId.get(row.id);
      if (seen) seen.aliases = [...new Set([...seen.aliases, ...row.aliases])].sort();
      else byId.set(row.id, { ...row, aliases: [...row.aliases] });
    }
    for (const row of byId.values()) {
      let entity = entities.get(row.id);
      if (!entity) {
        entity = { name: row.name, type: row.type, labels: new Set(), aliases: [] };
        entities.set(row.id, entity);
      }
      entity.labels.add(entityLabel(row.type));
      for (const alias of row.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
    }
  };

  /** One batch, as one ordinary write transaction would write it: lines for the streamed files. */
  const addBatch = (batch: ArticleRows[]): BulkLines => {
    const sorted = [...batch].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    const lines: Required<
      Pick<
        BulkLines,
        | 'articles'
        | 'sentences'
        | 'hasSentence'
        | 'next'
        | 'mentions'
        | 'claims'
        | 'asserts'
        | 'subject'
        | 'object'
      >
    > = {
      articles: [],
      sentences: [],
      hasSentence: [],
      next: [],
      mentions: [],
      claims: [],
      asserts: [],
      subject: [],
      object: [],
    };
    addEntities(sorted.flatMap((rows) => rows.entities));
    for (const { article: a, sentences, mentions, claims } of sorted) {
      lines.articles.push(
        csvLine([
          a.id,
          a.title,
          a.path,
          a.url,
          a.published,
          a.byline,
          a.modified,
          a.authors,
          a.publisher,
          a.canonicalUrl,
          a.language,
          a.sha256,
          a.sentenceCount,
          ingestedAt,
        ]),
      );
      for (const s of sentences) {
        lines.sentences.push(csvLine([s.id, s.articleId, s.index, s.text, s.start, s.end]));
        lines.hasSentence.push(csvLine([a.id, s.id]));
        if (s.previousId !== null) lines.next.push(csvLine([s.previousId, s.id]));
      }
      // MERGE (s)-[m:MENTIONS {start, end}]->(e) SET m.text: one per position, the last text wins
      const byPosition = new Map(
        mentions.map((m) => [`${m.sentenceId}|${m.entityId}|${m.start}|${m.end}`, m]),
      );
      for (const m of byPosition.values())
        lines.mentions.push(csvLine([m.sentenceId, m.entityId, m.start, m.end, m.text]));
      for (const c of claims) {
        lines.claims.push(
          csvLine([
            c.id,
            c.type,
            c.source,
            c.target,
            c.articleId,
            c.sentenceIndex,
            c.confidence,
            c.negated,
            c.hedged,
            c.trigger,
            c.eventDate,
            c.eventEnd,
            c.granularity,
            c.timeText,
            c.timeSource,
            c.expected,
          ]),
        );
        lines.asserts.push(csvLine([c.sentenceId, c.id]));
        lines.subject.push(csvLine([c.id, c.source]));
        lines.object.push(csvLine([c.id, c.target]));
        if (c.negated) continue; // a denial is a claim, never an edge
        const key = edgeKeyOf(c);
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = emptyEdge(c)));
        addClaim(edge, c, a.published);
      }
    }
    return lines;
  };

  /** The held records: every entity with its labels, every typed edge with its aggregates. */
  const finish = (): BulkLines => ({
    entities: [...entities].map(([id, e]) =>
      csvLine([id, e.name, e.type, e.aliases, ['Entity', ...[...e.labels].sort()]]),
    ),
    edges: [...edges.values()].map((e) =>
      csvLine([
        e.source,
        e.target,
        relationshipType(e.type),
        e.claims,
        e.sentences.size,
        e.articles.size,
        e.firstDate,
        e.lastDate,
        e.firstEventDate,
        e.lastEventDate,
        e.maxConfidence,
        e.allHedged,
      ]),
    ),
  });

  return { addBatch, finish, counts: () => ({ entities: entities.size, edges: edges.size }) };
}

export type BulkGraph = ReturnType<typeof createBulkGraph>;
