// Shortest paths between two entities
// name: shortest-path
// description: All shortest chains of typed relations (BID_FOR, REJECTED, PARTNERED_WITH, ...) linking two entities, in any direction; sentences and claims are not used as shortcuts.
// params:
//   from: an entity name or alias (any case), e.g. Walmart
//   to:   another entity, e.g. Oracle
//   maxHops: longest chain to look for (1 to 10)
:param from => 'Walmart'
:param to => 'Oracle'
:param maxHops => 6
// example:
//   hops | path
//   3    | Walmart -[PARTNERED_WITH]-> Microsoft <-[REJECTED]- ByteDance <-[PARTNERED_WITH]- Oracle
// Browser: the graph view draws each path.
MATCH (a:Entity)
WHERE toLower(a.name) = toLower(trim($from))
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower(trim($from)))
MATCH (b:Entity)
WHERE (toLower(b.name) = toLower(trim($to))
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower(trim($to))))
  AND a <> b
MATCH path = allShortestPaths((a)-[*..10]-(b))
WHERE all(n IN nodes(path) WHERE n:Entity) AND length(path) <= toInteger($maxHops)
RETURN length(path) AS hops, path
ORDER BY hops
LIMIT 25;
