// Keeps each URL's validators once everything read from it is committed: the next poll sends them
// back (If-None-Match / If-Modified-Since) and a 304 costs no download and no extraction.
UNWIND $urls AS row
MERGE (u:FetchedUrl {url: row.url})
SET u.etag = row.etag,
    u.lastModified = row.lastModified,
    u.fetchedAt = datetime()
