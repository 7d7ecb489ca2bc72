// What an article contributed
// name: article-contribution
// description: Every claim one article makes (sentence by sentence), and whether the graph has it from this article only.
// params:
//   article: article id (its path, e.g. 000_cda0c53e33b3192c.txt) or a words of its title (any case)
:param article => '000_cda0c53e33b3192c.txt'
// example:
//   article  | sentence | subject   | relation | object    | negated | hedged | onlyHere | text
//   000_...  | 0        | ByteDance | REJECTED | Microsoft | false   | false  | false    | TikTok owner ByteDance rejects ...
MATCH (article:Article)
WHERE article.id = $article OR toLower(article.title) CONTAINS toLower(trim($article))
MATCH (article)-[:HAS_SENTENCE]->(sentence:Sentence)-[:ASSERTS]->(c:Claim)
MATCH (c)-[:SUBJECT]->(subject:Entity), (c)-[:OBJECT]->(object:Entity)
OPTIONAL MATCH (other:Claim {source: c.source, type: c.type, target: c.target, negated: c.negated})
WHERE other.articleId <> article.id
WITH article, sentence, c, subject, object, count(other) = 0 AS onlyHere
RETURN article.id AS article, sentence.index AS sentence, subject.name AS subject, c.type AS relation,
       object.name AS object, c.negated AS negated, c.hedged AS hedged, onlyHere, sentence.text AS text
ORDER BY sentence, relation, subject;
