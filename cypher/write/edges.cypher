// Recomputes the typed edge of each (source, __TYPE__, target) key from its non-negated claims:
// the edge is created or updated when claims remain and deleted when none do.
// __TYPE__ is filled from the allow-list; keys are parameters.
UNWIND $keys AS key
MATCH (source:Entity {id: key.source})
MATCH (target:Entity {id: key.target})
OPTIONAL MATCH (c:Claim {source: key.source, type: key.type, target: key.target})
WHERE c.negated = false
OPTIONAL MATCH (a:Article {id: c.articleId})
WITH source, target,
     count(c) AS claims,
     count(DISTINCT c.articleId + '#' + toString(c.sentenceIndex)) AS sentences,
     count(DISTINCT c.articleId) AS articles,
     min(a.published) AS firstDate,
     max(a.published) AS lastDate,
     max(c.confidence) AS maxConfidence,
     all(h IN collect(c.hedged) WHERE h) AS allHedged
CALL (source, target, claims) {
  WITH source, target, claims WHERE claims = 0
  OPTIONAL MATCH (source)-[r:__TYPE__]->(target)
  DELETE r
}
CALL (source, target, claims, sentences, articles, firstDate, lastDate, maxConfidence, allHedged) {
  WITH source, target, claims, sentences, articles, firstDate, lastDate, maxConfidence, allHedged
  WHERE claims > 0
  MERGE (source)-[r:__TYPE__]->(target)
  SET r.claims = claims, r.sentences = sentences, r.articles = articles,
      r.firstDate = firstDate, r.lastDate = lastDate,
      r.maxConfidence = maxConfidence, r.allHedged = allHedged
}
RETURN count(*) AS keys
