// Partnerships of X
// name: partnerships
// description: The partners of an entity (partnered with, teamed up with, chosen as partner), in either direction.
// params:
//   entity: name or alias (any case), e.g. Oracle
:param entity => 'Oracle'
// example:
//   entity | partner   | stated   | claims | articles
//   Oracle | ByteDance | incoming | 3      | 2
MATCH (entity:Entity)
WHERE toLower(entity.name) = toLower(trim($entity))
   OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (entity)-[partnership:PARTNERED_WITH]-(partner:Entity)
RETURN entity, partner,
       CASE WHEN startNode(partnership) = entity THEN 'outgoing' ELSE 'incoming' END AS stated,
       partnership.claims AS claims, partnership.articles AS articles
ORDER BY articles DESC, claims DESC, partner.name;
