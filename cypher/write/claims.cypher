// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $claims AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (c:Claim {id: row.id})
SET c.type = row.type, c.source = row.source, c.target = row.target,
    c.articleId = row.articleId, c.sentenceIndex = row.sentenceIndex,
    c.confidence = row.confidence, c.negated = row.negated, c.hedged = row.hedged, c.trigger = row.trigger,
    // when it happened (docs/event-time.md): ISO days, null when unknown
    c.eventDate = row.eventDate, c.eventEnd = row.eventEnd, c.granularity = row.granularity,
    c.timeText = row.timeText, c.timeSource = row.timeSource, c.expected = row.expected
MERGE (s)-[:ASSERTS]->(c)
MERGE (c)-[:SUBJECT]->(source)
MERGE (c)-[:OBJECT]->(target)
