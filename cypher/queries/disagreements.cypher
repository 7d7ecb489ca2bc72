// Claims on which sources disagree
// name: disagreements
// description: Claims that conflict: different people or companies said to LEAD, OWN or have ACQUIRED the same entity, and a claim asserted in one article but negated in another.
// params: none
// example:
//   conflict              | about  | relation | subject       | stance   | triggers          | articles | sentence
//   different subjects    | Oracle | LEADS    | Larry Ellison | asserted | chairman, CTO     | 3        | Oracle chairman Larry Ellison ...
//   different subjects    | Oracle | LEADS    | Larry Page    | asserted | CEO               | 1        | ... Oracle CEO Larry Page ...
//   asserted and negated  | TikTok | ACQUIRED | Microsoft     | negated  | buy               | 1        | Microsoft will not buy TikTok ...
// One row per side of each conflict: compare the rows that share conflict, about and relation.
MATCH (c:Claim {negated: false})
WHERE c.type IN ['LEADS', 'OWNS', 'ACQUIRED']
WITH c.target AS target, c.type AS relation, collect(DISTINCT c.source) AS subjects
WHERE size(subjects) > 1
UNWIND subjects AS source
MATCH (sentence:Sentence)-[:ASSERTS]->(c:Claim {negated: false, type: relation, source: source, target: target})
MATCH (c)-[:SUBJECT]->(subject:Entity), (c)-[:OBJECT]->(about:Entity)
WITH relation, about, subject, collect(DISTINCT c.trigger) AS triggers, collect(DISTINCT c.articleId) AS articleIds,
     collect(sentence.text) AS sentences
RETURN 'different subjects' AS conflict, about.name AS about, relation, subject.name AS subject,
       'asserted' AS stance, triggers, size(articleIds) AS articles, articleIds, sentences[0] AS sentence
UNION ALL
MATCH (no:Claim {negated: true}), (yes:Claim {negated: false})
WHERE yes.source = no.source AND yes.type = no.type AND yes.target = no.target AND yes.articleId <> no.articleId
WITH DISTINCT no.source AS source, no.type AS relation, no.target AS target
MATCH (sentence:Sentence)-[:ASSERTS]->(c:Claim {source: source, type: relation, target: target})
MATCH (c)-[:SUBJECT]->(subject:Entity), (c)-[:OBJECT]->(about:Entity)
WITH relation, about, subject, CASE WHEN c.negated THEN 'negated' ELSE 'asserted' END AS stance,
     collect(DISTINCT c.trigger) AS triggers, collect(DISTINCT c.articleId) AS articleIds, collect(sentence.text) AS sentences
RETURN 'asserted and negated' AS conflict, about.name AS about, relation, subject.name AS subject, stance, triggers,
       size(articleIds) AS articles, articleIds, sentences[0] AS sentence;
