// Stops and empties Neo4j's query collector (db.stats.*), so that the next collection starts at zero.
CALL db.stats.stop('QUERIES') YIELD success
CALL db.stats.clear('QUERIES') YIELD section
RETURN count(*) AS cleared;
