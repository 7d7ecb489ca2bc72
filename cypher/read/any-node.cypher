// Any one node: `kg ingest --bulk` overwrites the database, so it runs only when this returns nothing.
MATCH (n) RETURN n LIMIT 1
