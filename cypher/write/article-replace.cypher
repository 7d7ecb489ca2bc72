// Locks each article (MERGE takes the node's write lock, so two writers of the same article
// queue up), then removes what an older version of it contributed: its sentences (with their
// MENTIONS, ASSERTS and NEXT) and its claims. Returns the edge keys and entities it touched,
// so their aggregates can be recomputed and orphans removed.
// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.locked = true
WITH a
OPTIONAL MATCH (c:Claim {articleId: a.id}) USING INDEX c:Claim(articleId)
WITH a, collect(c) AS claims
WITH a, claims, [c IN claims | {source: c.source, type: c.type, target: c.target}] AS keys
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
WITH a, claims, keys, collect(DISTINCT s) AS sentences, collect(DISTINCT e.id) AS entityIds
FOREACH (c IN claims | DETACH DELETE c)
FOREACH (s IN sentences | DETACH DELETE s)
RETURN keys, entityIds
