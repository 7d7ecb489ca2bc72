// Who regulates X
// name: who-regulates
// description: The governments and agencies said to regulate, approve, review or order an entity, with evidence counts.
// params:
//   entity: the regulated entity, name or alias (any case), e.g. TikTok
:param entity => 'TikTok'
// example:
//   regulator           | regulated | claims | articles | hedged
//   Treasury Department | TikTok    | 3      | 2        | false
//   Beijing             | TikTok    | 2      | 2        | false
MATCH (regulated:Entity)
WHERE toLower(regulated.name) = toLower(trim($entity))
   OR any(alias IN coalesce(regulated.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (regulator:Entity)-[regulates:REGULATES]->(regulated)
RETURN regulator, regulated, regulates.claims AS claims, regulates.articles AS articles,
       regulates.allHedged AS hedged
ORDER BY articles DESC, claims DESC, regulator.name;
