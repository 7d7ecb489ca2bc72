// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $sentences AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Sentence {id: row.id})
SET s.articleId = row.articleId, s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end
MERGE (a)-[:HAS_SENTENCE]->(s)
WITH s, row
WHERE row.previousId IS NOT NULL
MATCH (p:Sentence {id: row.previousId})
MERGE (p)-[:NEXT]->(s)
