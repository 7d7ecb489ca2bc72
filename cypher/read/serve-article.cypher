// kg viz --serve, "read the article": one article's metadata and its sentences in order.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
WITH a, s
ORDER BY s.index
RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published, a.byline AS byline,
       collect(CASE WHEN s IS NULL THEN NULL ELSE {index: s.index, text: s.text} END) AS sentences
