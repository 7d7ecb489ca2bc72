// Typed entity-to-entity edges with their aggregates (graph-model.md), all of them
// when $ids is null, else the edges whose two ends are both in $ids.
// $types is the relation allow-list (src/types.ts RELATION_TYPES).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
  AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
RETURN a.id AS source, type(r) AS type, b.id AS target,
       coalesce(r.claims, 0) AS claims, coalesce(r.sentences, 0) AS sentences,
       coalesce(r.articles, 0) AS articles, r.firstDate AS firstDate, r.lastDate AS lastDate,
       r.firstEventDate AS firstEventDate, r.lastEventDate AS lastEventDate,
       coalesce(r.maxConfidence, 0.0) AS maxConfidence, coalesce(r.allHedged, false) AS allHedged
ORDER BY source, type, target
