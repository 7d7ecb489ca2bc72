// The best-supported typed edges, for the end of `kg demo`.
MATCH (s:Entity)-[r]->(t:Entity)
RETURN s.name AS source, type(r) AS type, t.name AS target,
       r.sentences AS sentences, r.articles AS articles, r.allHedged AS allHedged
ORDER BY r.articles DESC, r.sentences DESC, source, type, target
LIMIT 15
