// Collects every statement the server runs, with its compile (planning) and execution times, for up
// to two hours or until query-stats-stop.
CALL db.stats.collect('QUERIES', {durationSeconds: 7200}) YIELD success
RETURN success;
