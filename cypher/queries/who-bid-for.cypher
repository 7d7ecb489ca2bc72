// Who bid for X
// name: who-bid-for
// description: The entities said to bid for (offer to buy, make a bid for) an entity, with their evidence counts.
// params:
//   entity: the target, name or alias (any case), e.g. TikTok
:param entity => 'TikTok'
// example:
//   bidder    | target | claims | articles | hedged | firstDate  | lastDate
//   Microsoft | TikTok | 4      | 3        | false  | 2020-09-13 | 2020-09-14
MATCH (target:Entity)
WHERE toLower(target.name) = toLower(trim($entity))
   OR any(alias IN coalesce(target.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (bidder:Entity)-[bid:BID_FOR]->(target)
RETURN bidder, target, bid.claims AS claims, bid.articles AS articles, bid.allHedged AS hedged,
       bid.firstDate AS firstDate, bid.lastDate AS lastDate
ORDER BY articles DESC, claims DESC, bidder.name;
