// The sentences behind each edge of $edges ([{source, type, target}]), positive claims
// first, with the title of their article; at most $perEdge sentences per edge.
UNWIND $edges AS edge
MATCH (:Entity {id: edge.source})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(:Entity {id: edge.target})
WHERE c.type = edge.type
MATCH (s:Sentence)-[:ASSERTS]->(c)
OPTIONAL MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH edge, c, s, a
ORDER BY coalesce(c.negated, false), s.articleId, s.index
WITH edge, collect({
  text: s.text, articleId: s.articleId, articleTitle: coalesce(a.title, s.articleId),
  sentenceIndex: s.index, hedged: coalesce(c.hedged, false), negated: coalesce(c.negated, false),
  eventDate: c.eventDate, eventEnd: c.eventEnd, timeText: c.timeText, expected: coalesce(c.expected, false)
}) AS evidence
RETURN edge.source AS source, edge.type AS type, edge.target AS target, evidence[..$perEdge] AS evidence
