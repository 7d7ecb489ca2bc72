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
