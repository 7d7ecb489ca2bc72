// Which of these articles are already in the graph, and with which content hash.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256
