// Entities that an updated article mentioned before and nothing mentions or claims any more.
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)<-[:SUBJECT|OBJECT]-()
DETACH DELETE e
