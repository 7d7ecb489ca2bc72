// One breadth-first step of kg viz --entity: the entities one typed edge away from $ids.
MATCH (e:Entity)-[r]-(n:Entity)
WHERE e.id IN $ids AND type(r) IN $types
RETURN DISTINCT n.id AS id
