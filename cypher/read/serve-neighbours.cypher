// kg viz --serve, "expand": the entities one typed edge away from the entity $id, the best
// connected first, at most $limit (a hub of a large corpus has thousands).
MATCH (e:Entity {id: $id})-[r]-(n:Entity)
WHERE type(r) IN $types
WITH DISTINCT n
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, id
LIMIT $limit
