// newsgraph schema: unique ids, lookup indexes, and a full-text index over entity names and aliases.
// Applied by `kg init` and automatically before the first ingest. Safe to run again.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
// The validators (ETag, Last-Modified) of a URL read into the graph: conditional requests next time.
CREATE CONSTRAINT fetched_url IF NOT EXISTS FOR (u:FetchedUrl) REQUIRE u.url IS UNIQUE;
CREATE INDEX claim_key IF NOT EXISTS FOR (c:Claim) ON (c.source, c.type, c.target);
CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.articleId);
CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.articleId);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
