// Whose bids X rejected
// name: rejected-bids
// description: The entities whose bid or offer an entity rejected (turned down, spurned), and what they had bid for.
// params:
//   entity: the one who rejected, name or alias (any case), e.g. ByteDance
:param entity => 'ByteDance'
// example:
//   rejecter  | rejected  | bidFor | claims | articles
//   ByteDance | Microsoft | TikTok | 5      | 3
MATCH (rejecter:Entity)
WHERE toLower(rejecter.name) = toLower(trim($entity))
   OR any(alias IN coalesce(rejecter.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (rejecter)-[rejection:REJECTED]->(rejected:Entity)
OPTIONAL MATCH (rejected)-[:BID_FOR]->(prize:Entity)
RETURN rejecter, rejected, collect(DISTINCT prize.name) AS bidFor, rejection.claims AS claims,
       rejection.articles AS articles
ORDER BY articles DESC, claims DESC, rejected.name;
