// Between two dates: what happened in a period
// name: between
// description: The claims whose event time overlaps a period (ISO days, both included), in the order they happened, with their evidence. Only what happened: denied claims and future or hypothetical ones (expected) are left out, and so are undated claims.
// params:
//   from: first day, YYYY-MM-DD, e.g. 2019-01-01
//   to:   last day, YYYY-MM-DD, e.g. 2019-12-31
:param from => '2020-01-01'
:param to => '2020-12-31'
// example:
//   date       | until      | granularity | time          | subject | relation | object | evidence                             | article
//   2019-03-01 | 2019-03-31 | month       | in March 2019 | Halden  | OWNS     | Qadira | Halden bought a stake in Qadira in... | a.html
// Browser: a table. A period overlaps when it starts by `to` and ends on or after `from`
// ("in 2019" overlaps 2019-06-01..2019-06-30).
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(t:Entity)
WHERE $from =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND $to =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
  AND c.negated = false AND coalesce(c.expected, false) = false
  AND c.eventDate <= $to AND coalesce(c.eventEnd, c.eventDate) >= $from
MATCH (sent:Sentence)-[:ASSERTS]->(c)
MATCH (doc:Article)-[:HAS_SENTENCE]->(sent)
WITH c, s, t, sent, doc
ORDER BY c.eventDate, doc.id, sent.index
RETURN c.eventDate AS date, c.eventEnd AS until, c.granularity AS granularity, c.timeText AS time,
       c.timeSource AS source, s.name AS subject, c.type AS relation, t.name AS object,
       c.hedged AS hedged, sent.text AS evidence, doc.id AS article;
