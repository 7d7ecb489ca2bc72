CALL db.stats.stop('QUERIES') YIELD success
RETURN success;
