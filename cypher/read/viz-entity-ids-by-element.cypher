// kg viz --query: the entity ids of nodes a query returned only as relationship ends.
MATCH (e:Entity)
WHERE elementId(e) IN $elementIds
RETURN elementId(e) AS elementId, e.id AS id
