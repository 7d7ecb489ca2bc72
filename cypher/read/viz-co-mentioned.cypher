// kg viz and kg viz --serve, "show co-mentioned": for each entity of $ids, the entities named in
// the same sentences with no typed relation to it (either way), by shared sentences, then shared
// articles, then id; at most $perEntity each. Names come along: the page may not know them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(o:Entity)
WHERE o <> e AND NOT EXISTS { (e)-[r]-(o) WHERE type(r) IN $types }
WITH e, o, count(DISTINCT s) AS sentences, count(DISTINCT s.articleId) AS articles
ORDER BY sentences DESC, articles DESC, o.id
WITH e, collect({id: o.id, name: o.name, type: o.type, aliases: coalesce(o.aliases, []),
                 sentences: sentences, articles: articles})[..toInteger($perEntity)] AS others
RETURN e.id AS id, others
ORDER BY id
