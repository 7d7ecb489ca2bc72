import { expandTemplate } from './allowList.js';
import { loadCypher } from './cypherFiles.js';
import type { Gateway, TxRunner } from './gateway.js';
import { edgeKeys, type ArticleRows, type EdgeKey } from './toWriteRows.js';

export interface BatchWriteStats {
  articles: number;
  sentences: number;
  entities: number;
  mentions: number;
  claims: number;
  edgeKeys: number;
}

/**
 * Writes a batch of articles in ONE transaction (all of it or nothing, retried
 * as a whole on transient errors and deadlocks): replaces what older versions
 * of these articles contributed, writes the new rows with UNWIND ... MERGE, and
 * recomputes the typed edges every touched (source, type, target) key carries.
 */
export async function writeArticles(gateway: Gateway, batch: ArticleRows[]): Promise<BatchWriteStats> {
  const sorted = [...batch].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
  const articles = sorted.map((rows) => rows.article);
  const sentences = sorted.flatMap((rows) => rows.sentences);
  const entities = dedupeEntities(sorted.flatMap((rows) => rows.entities));
  const mentions = sorted.flatMap((rows) => rows.mentions);
  const claims = sorted.flatMap((rows) => rows.claims);

  return gateway.writeTransaction(async (tx) => {
    const replaced = await tx.run(loadCypher('write/article-replace.cypher'), { articles });
    const oldKeys = replaced.flatMap((row) => row.keys as EdgeKey[]);
    const oldEntityIds = [...new Set(replaced.flatMap((row) => row.entityIds as string[]))];
    await tx.run(loadCypher('write/sentences.cypher'), { sentences });
    if (entities.length > 0) await tx.run(expandTemplate(loadCypher('write/entities.cypher')), { entities });
    await tx.run(loadCypher('write/mentions.cypher'), { mentions });
    await tx.run(loadCypher('write/claims.cypher'), { claims });
    // before the edges: their firstDate / lastDate read Article.published (written after them, a
    // new article's report date was still null and its edges had none)
    await tx.run(loadCypher('write/articles.cypher'), { articles });
    const keys = edgeKeys([
      ...oldKeys,
      ...claims.map(({ source, type, target }) => ({ source, type, target })),
    ]);
    await recomputeEdges(tx, keys);
    if (oldEntityIds.length > 0)
      await tx.run(loadCypher('write/orphans.cypher'), { entityIds: oldEntityIds.sort() });
    return {
      articles: articles.length,
      sentences: sentences.length,
      entities: entities.length,
      mentions: mentions.length,
      claims: claims.length,
      edgeKeys: keys.length,
    };
  });
}

/** One statement for the edges of every relation type (edgeKeys sorts the keys: every writer locks in the same order). */
export async function recomputeEdges(tx: TxRunner, keys: EdgeKey[]): Promise<void> {
  if (keys.length > 0) await tx.run(expandTemplate(loadCypher('write/edges.cypher')), { keys });
}

/** One row per entity id in a batch, aliases merged, sorted by id (lock order). */
function dedupeEntities<T extends { id: string; aliases: string[] }>(entities: T[]): T[] {
  const byId = new Map<string, T>();
  for (const entity of entities) {
    const existing = byId.get(entity.id);
    if (existing) existing.aliases = [...new Set([...existing.aliases, ...entity.aliases])].sort();
    else byId.set(entity.id, { ...entity, aliases: [...entity.aliases] });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
