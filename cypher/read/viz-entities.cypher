// Entities for kg viz / kg export: all of them when $ids is null, else those ids.
MATCH (e:Entity)
WHERE $ids IS NULL OR e.id IN $ids
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases
ORDER BY id
