// Keeps each URL's validators once everything read from it is committed: the next poll sends them
// back (If-None-Match / If-Modified-Since) and a 304 costs no download and no extraction.
// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $urls AS row
MERGE (u:FetchedUrl {url: row.url})
SET u.etag = row.etag,
    u.lastModified = row.lastModified,
    u.fetchedAt = datetime()
