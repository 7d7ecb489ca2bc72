// The validators kept for a URL the graph was last written from (conditional requests).
MATCH (u:FetchedUrl {url: $url})
RETURN u.etag AS etag, u.lastModified AS lastModified
