// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.text = row.text
