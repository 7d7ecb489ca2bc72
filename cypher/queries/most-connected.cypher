// Most connected entities
// name: most-connected
// description: The entities with the most typed relations to distinct other entities, with their mention counts.
// params:
//   limit: how many entities to list, e.g. 10
:param limit => 10
// example:
//   entity    | type         | neighbours | relations | mentions
//   ByteDance | Organization | 6          | 7         | 48
//   TikTok    | Organization | 5          | 6         | 61
MATCH (entity:Entity)-[r]-(other:Entity)
WITH entity, count(DISTINCT other) AS neighbours, count(DISTINCT r) AS relations
RETURN entity, entity.type AS type, neighbours, relations,
       COUNT { (entity)<-[:MENTIONS]-(:Sentence) } AS mentions
ORDER BY neighbours DESC, relations DESC, mentions DESC, entity.name
LIMIT toInteger($limit);
