// kg viz --entity NAME: entities whose id, name or an alias equals $name (any case),
// exact name matches first, then the best connected.
MATCH (e:Entity)
WHERE e.id = $name OR toLower(e.name) = toLower($name)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($name))
RETURN e.id AS id, e.name AS name
ORDER BY CASE WHEN toLower(e.name) = toLower($name) THEN 0 ELSE 1 END, COUNT { (e)--() } DESC, id
LIMIT 5
