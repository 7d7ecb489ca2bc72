// __LABEL__ is filled from the allow-list (src/graph/allowList.ts); everything else is a parameter.
// The first writer names the entity; aliases accumulate as a set.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
SET e:__LABEL__,
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
