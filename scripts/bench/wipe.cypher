// Empties the benchmark's database in chunks (a 100,000-sentence graph in one transaction would need
// a large heap). Run until it returns deleted = 0. Relationships go first, 20,000 at a time: 10,000
// nodes with DETACH DELETE took every relationship of a hub entity into one transaction, which ran
// out of Neo4j's transaction memory on a million-sentence graph.
CALL {
  MATCH ()-[r]->()
  WITH r LIMIT 20000
  DELETE r
  RETURN count(*) AS relationships
}
CALL {
  WITH relationships
  MATCH (n)
  WHERE relationships = 0
  WITH n LIMIT 20000
  DELETE n
  RETURN count(*) AS nodes
}
RETURN relationships + nodes AS deleted;
