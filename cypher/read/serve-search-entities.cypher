// kg viz --serve, the search box: entities whose id, name or an alias contains $text (any case),
// exact matches first, then names that start with it, then the best connected; at most $limit.
WITH toLower(trim($text)) AS wanted
MATCH (e:Entity)
WHERE wanted <> ''
  AND (toLower(e.id) = wanted OR toLower(e.name) CONTAINS wanted
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS wanted))
WITH e, wanted,
     CASE
       WHEN toLower(e.name) = wanted OR toLower(e.id) = wanted
         OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = wanted) THEN 0
       WHEN toLower(e.name) STARTS WITH wanted THEN 1
       ELSE 2
     END AS rank
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases
ORDER BY rank, COUNT { (e)--() } DESC, id
LIMIT $limit
