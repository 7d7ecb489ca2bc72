// Evidence for one relation
// name: evidence
// description: The sentences and articles that support one typed edge (source -TYPE-> target), hedged or not.
// params:
//   source: entity name or alias (any case), e.g. ByteDance
//   type:   relation type, one of BID_FOR REJECTED PARTNERED_WITH REGULATES OWNS ACQUIRED LEADS SUPPORTS
//   target: entity name or alias (any case), e.g. Microsoft
:param source => 'ByteDance'
:param type => 'REJECTED'
:param target => 'Microsoft'
// example:
//   source    | type     | target    | sentence                                            | article  | confidence | hedged
//   ByteDance | REJECTED | Microsoft | Microsoft's bid ... was rejected by ... ByteDance   | 000_...  | 0.9        | false
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim {negated: false})-[:OBJECT]->(t:Entity)
WHERE c.type = toUpper(trim($type))
  AND (toLower(s.name) = toLower(trim($source))
    OR any(alias IN coalesce(s.aliases, []) WHERE toLower(alias) = toLower(trim($source))))
  AND (toLower(t.name) = toLower(trim($target))
    OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower(trim($target))))
MATCH (sent:Sentence)-[:ASSERTS]->(c)
MATCH (doc:Article)-[:HAS_SENTENCE]->(sent)
// ordered before the projection: RETURN's `sentence` and `article` columns are strings
WITH s, c, t, sent, doc
ORDER BY doc.id, sent.index
RETURN s.name AS source, c.type AS type, t.name AS target, sent.text AS sentence,
       doc.id AS article, doc.title AS title, c.confidence AS confidence, c.hedged AS hedged,
       c.trigger AS trigger;
