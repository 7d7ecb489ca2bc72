// Empties the benchmark's database in chunks (a 100,000-sentence graph in one transaction would need
// a large heap). Run until it returns deleted = 0.
MATCH (n)
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted;
