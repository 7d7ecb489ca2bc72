import { createHash } from 'node:crypto';
import type { Article, ExtractedDoc, Relation, Sentence } from '../types.js';

export interface ArticleRow {
  id: string;
  title: string;
  path: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  modified: string | null;
  authors: string[] | null;
  publisher: string | null;
  canonicalUrl: string | null;
  language: string | null;
  sha256: string;
  sentenceCount: number;
}
export interface SentenceRow {
  id: string;
  articleId: string;
  index: number;
  text: string;
  start: number;
  end: number;
  previousId: string | null;
}
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}
export interface MentionRow {
  sentenceId: string;
  entityId: string;
  start: number;
  end: number;
  text: string;
}
export interface ClaimRow {
  id: string;
  sentenceId: string;
  articleId: string;
  sentenceIndex: number;
  type: string;
  source: string;
  target: string;
  confidence: number;
  negated: boolean;
  hedged: boolean;
  trigger: string;
  /** When it happened (Relation.eventDate ...); null when unknown. */
  eventDate: string | null;
  eventEnd: string | null;
  granularity: string | null;
  timeText: string | null;
  timeSource: string | null;
  expected: boolean;
}
export interface EdgeKey {
  source: string;
  type: string;
  target: string;
}

/** Everything one article writes, as plain parameter rows. */
export interface ArticleRows {
  article: ArticleRow;
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  claims: ClaimRow[];
}

export const sentenceId = (articleId: string, index: number) => `${articleId}#${index}`;

/** `a.txt`, sentence 3, REJECTED org:x -> org:y  =>  a stable claim id. */
export function claimId(articleId: string, relation: Relation): string {
  const key = [
    articleId,
    relation.sentence,
    relation.type,
    relation.source,
    relation.target,
    relation.negated,
  ].join('|');
  return createHash('sha1').update(key).digest('hex');
}

/** Pure: an article, its sentences and what was extracted from it -> rows for the writer. */
export function toWriteRows(article: Article, sentences: Sentence[], extracted: ExtractedDoc): ArticleRows {
  const sentenceRows = sentences.map((s, i) => ({
    id: sentenceId(article.id, s.index),
    articleId: article.id,
    index: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
    previousId: i > 0 ? sentenceId(article.id, sentences[i - 1].index) : null,
  }));
  const known = new Set(sentenceRows.map((s) => s.index));
  const entities = extracted.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...new Set([e.name, ...e.aliases])].sort(),
  }));
  const mentions = extracted.entities.flatMap((e) =>
    e.mentions
      .filter((m) => known.has(m.sentence))
      .map((m) => ({
        sentenceId: sentenceId(article.id, m.sentence),
        entityId: e.id,
        start: m.start,
        end: m.end,
        text: m.text,
      })),
  );
  const entityIds = new Set(entities.map((e) => e.id));
  const seen = new Set<string>();
  const claims: ClaimRow[] = [];
  // asserted facts and, as claims that never stand alone as facts, the denied and hedged ones
  for (const r of [...extracted.relations, ...(extracted.unasserted ?? [])]) {
    if (!known.has(r.sentence) || !entityIds.has(r.source) || !entityIds.has(r.target)) continue;
    const id = claimId(article.id, r);
    if (seen.has(id)) continue;
    seen.add(id);
    claims.push({
      id,
      sentenceId: sentenceId(article.id, r.sentence),
      articleId: article.id,
      sentenceIndex: r.sentence,
      type: r.type,
      source: r.source,
      target: r.target,
      confidence: r.confidence,
      negated: r.negated,
      hedged: r.hedged,
      trigger: r.trigger,
      eventDate: r.eventDate ?? null,
      eventEnd: r.eventEnd ?? null,
      granularity: r.granularity ?? null,
      timeText: r.timeText ?? null,
      timeSource: r.timeSource ?? null,
      expected: r.expected ?? false,
    });
  }
  return {
    article: {
      id: article.id,
      title: article.title,
      path: article.path ?? null,
      url: article.url ?? null,
      published: article.published ?? null,
      byline: article.byline ?? null,
      modified: article.modified ?? null,
      authors: article.authors ?? null,
      publisher: article.publisher ?? null,
      canonicalUrl: article.canonicalUrl ?? null,
      language: article.language ?? null,
      sha256: article.sha256,
      sentenceCount: sentences.length,
    },
    sentences: sentenceRows,
    entities,
    mentions,
    claims,
  };
}

/** Unique (source, type, target) keys, sorted so concurrent writers lock in the same order. */
export function edgeKeys(keys: EdgeKey[]): EdgeKey[] {
  const byId = new Map(keys.map((k) => [`${k.type}|${k.source}|${k.target}`, k]));
  return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, k]) => ({ ...k }));
}
