UNWIND $claims AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (c:Claim {id: row.id})
SET c.type = row.type, c.source = row.source, c.target = row.target,
    c.articleId = row.articleId, c.sentenceIndex = row.sentenceIndex,
    c.confidence = row.confidence, c.negated = row.negated, c.hedged = row.hedged, c.trigger = row.trigger
MERGE (s)-[:ASSERTS]->(c)
MERGE (c)-[:SUBJECT]->(source)
MERGE (c)-[:OBJECT]->(target)
