// One row per statement collected: how often it ran and its mean compile and execution times (µs).
// Only the summary leaves the server, not the sampled invocations with their (large) parameters.
CALL db.stats.retrieve('QUERIES') YIELD data
WITH data.invocationSummary AS s, data.query AS query
RETURN query,
       s.invocationCount AS invocations,
       s.compileTimeInUs.avg AS compileAvg,
       s.executionTimeInUs.avg AS executionAvg;
