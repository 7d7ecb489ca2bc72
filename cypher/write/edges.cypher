// Recomputes the typed edge of each (source, type, target) key from its non-negated claims:
// the edge is created or updated when claims remain and deleted when none do. One statement for
// every relation type: the @each block is repeated once per type of the allow-list
// (src/graph/allowList.ts), its slot filled from it; keys are parameters.
// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $keys AS key
MATCH (source:Entity {id: key.source})
MATCH (target:Entity {id: key.target})
OPTIONAL MATCH (c:Claim {source: key.source, type: key.type, target: key.target})
USING INDEX c:Claim(source, type, target)
WHERE c.negated = false
OPTIONAL MATCH (a:Article {id: c.articleId})
WITH source, key.type AS type, target,
     count(c) AS claims,
     count(DISTINCT c.articleId + '#' + toString(c.sentenceIndex)) AS sentences,
     count(DISTINCT c.articleId) AS articles,
     min(a.published) AS firstDate,
     max(a.published) AS lastDate,
     // event dates (docs/event-time.md): what happened, so future or hypothetical times are left out
     min(CASE WHEN c.expected THEN null ELSE c.eventDate END) AS firstEventDate,
     max(CASE WHEN c.expected THEN null ELSE coalesce(c.eventEnd, c.eventDate) END) AS lastEventDate,
     max(c.confidence) AS maxConfidence,
     all(h IN collect(c.hedged) WHERE h) AS allHedged
// created or updated where claims remain: one FOREACH per type (cheaper for Neo4j to plan than
// CALL subqueries: 0.6-1.0 s against 1.2-2.0 s measured with EXPLAIN on an emptied query cache)
// @each __TYPE__
FOREACH (_ IN CASE WHEN type = '__TYPE__' AND claims > 0 THEN [1] ELSE [] END |
  MERGE (source)-[r:__TYPE__]->(target)
  SET r.claims = claims, r.sentences = sentences, r.articles = articles,
      r.firstDate = firstDate, r.lastDate = lastDate,
      r.firstEventDate = firstEventDate, r.lastEventDate = lastEventDate,
      r.maxConfidence = maxConfidence, r.allHedged = allHedged)
// @end
// deleted where none remain: `type` is a key's type, an allow-listed name from the claims
WITH source, type, target, claims
OPTIONAL MATCH (source)-[r]->(target)
WHERE claims = 0 AND type(r) = type
DELETE r
RETURN count(*) AS keys
