// replan=skip: every lookup below is a seek on a unique key or an index, whatever the statistics say;
// without it Neo4j re-plans the statement each time a growing graph's counts drift (docs/scaling.md).
CYPHER replan=skip
UNWIND $articles AS row
MATCH (a:Article {id: row.id})
SET a.title = row.title,
    a.path = row.path,
    a.url = row.url,
    a.published = row.published,
    a.byline = row.byline,
    a.modified = row.modified,
    a.authors = row.authors,
    a.publisher = row.publisher,
    a.canonicalUrl = row.canonicalUrl,
    a.language = row.language,
    a.sha256 = row.sha256,
    a.sentenceCount = row.sentenceCount,
    a.ingestedAt = datetime()
REMOVE a.locked
