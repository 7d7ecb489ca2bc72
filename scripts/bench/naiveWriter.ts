import { expandTemplate } from '../../src/graph/allowList.js';
import { loadCypher } from '../../src/graph/cypherFiles.js';
import type { Gateway } from '../../src/graph/gateway.js';
import { recomputeEdges } from '../../src/graph/writeArticles.js';
import { edgeKeys, type ArticleRows } from '../../src/graph/toWriteRows.js';

/**
 * The baseline writer: the same Cypher as writeArticles, but one row per statement and one
 * transaction per statement (what a first version that loops over rows does). It writes the same
 * graph, so the benchmark can check both writers end with equal counts.
 */
export async function writeNaively(gateway: Gateway, batch: ArticleRows[]): Promise<void> {
  const one = async (cypher: string, key: string, row: unknown) =>
    gateway.writeTransaction((tx) => tx.run(cypher, { [key]: [row] }));
  for (const rows of batch) {
    // the article node first: sentences attach to it (as in writeArticles, which starts with this file)
    await one(loadCypher('write/article-replace.cypher'), 'articles', rows.article);
    for (const sentence of rows.sentences)
      await one(loadCypher('write/sentences.cypher'), 'sentences', sentence);
    for (const entity of rows.entities) {
      await one(expandTemplate(loadCypher('write/entities.cypher')), 'entities', entity);
    }
    for (const mention of rows.mentions) await one(loadCypher('write/mentions.cypher'), 'mentions', mention);
    for (const claim of rows.claims) await one(loadCypher('write/claims.cypher'), 'claims', claim);
    for (const key of edgeKeys(rows.claims)) {
      await gateway.writeTransaction((tx) => recomputeEdges(tx, [key]));
    }
    await one(loadCypher('write/articles.cypher'), 'articles', rows.article);
  }
}
