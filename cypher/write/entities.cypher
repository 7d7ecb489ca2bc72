// One statement for every entity type: the @each block is repeated once per label of the
// allow-list (src/graph/allowList.ts), its slot filled from it; everything else is a parameter.
// The first writer names the entity; aliases accumulate as a set.
// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
SET e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
// @each __LABEL__
FOREACH (_ IN CASE WHEN row.type = '__LABEL__' THEN [1] ELSE [] END | SET e:__LABEL__)
// @end
