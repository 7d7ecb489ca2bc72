// Timeline: everything that happened to an entity, in order
// name: timeline
// description: Every claim about one entity (as subject or object), in the order the events happened (event date; undated claims last), with the words that date it and the evidence sentence. Denied claims are left out; future or hypothetical ones are flagged expected.
// params:
//   entity: entity name or alias (any case), e.g. Norvex
:param entity => 'ByteDance'
// example:
//   date       | until      | granularity | time         | source  | subject | relation | object | expected | evidence                                   | article
//   2016-01-01 | 2016-12-31 | year        | in 2016      | sentence| Norvex  | ACQUIRED | Lumo   | false    | Norvex said on Monday it had bought Lumo... | a.html
//   2019-09-16 | null       | day         | on Monday    | sentence| Qadira  | REJECTED | Norvex | false    | Qadira rejected Norvex's offer on Monday.   | b.html
// Browser: a table; `date` is the first day of the period the words name (see docs/event-time.md).
MATCH (entity:Entity)
WHERE toLower(entity.name) = toLower(trim($entity))
   OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (c:Claim)-[:SUBJECT|OBJECT]->(entity)
WHERE c.negated = false
MATCH (s:Entity)<-[:SUBJECT]-(c)-[:OBJECT]->(t:Entity)
MATCH (sent:Sentence)-[:ASSERTS]->(c)
MATCH (doc:Article)-[:HAS_SENTENCE]->(sent)
WITH DISTINCT c, s, t, sent, doc
// ascending order puts undated claims (null) last
ORDER BY c.eventDate, doc.id, sent.index
RETURN c.eventDate AS date, c.eventEnd AS until, c.granularity AS granularity, c.timeText AS time,
       c.timeSource AS source, s.name AS subject, c.type AS relation, t.name AS object,
       coalesce(c.expected, false) AS expected, c.hedged AS hedged, sent.text AS evidence,
       doc.id AS article, doc.published AS reported;
