// Entity profile: every relation of an entity
// name: entity-profile
// description: Every typed relation of one entity, outgoing and incoming, with how many claims, sentences and articles support it.
// params:
//   entity: entity name or alias (any case), e.g. ByteDance
:param entity => 'ByteDance'
// example:
//   entity    | direction | relation | other     | claims | sentences | articles | lastDate
//   ByteDance | out       | REJECTED | Microsoft | 5      | 5         | 3        | 2020-09-14
//   ByteDance | in        | REGULATES| Beijing   | 2      | 2         | 2        | 2020-09-13
// Browser: the graph view draws the entity and its neighbours.
MATCH (entity:Entity)
WHERE toLower(entity.name) = toLower(trim($entity))
   OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (entity)-[r]-(other:Entity)
RETURN entity,
       CASE WHEN startNode(r) = entity THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation,
       other,
       r.claims AS claims,
       r.sentences AS sentences,
       r.articles AS articles,
       r.lastDate AS lastDate
ORDER BY relation, direction DESC, articles DESC, other.name;
