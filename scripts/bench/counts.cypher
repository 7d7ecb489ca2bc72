// Nodes per label: the benchmark checks the batched and the naive writer end with equal graphs.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
ORDER BY label;
