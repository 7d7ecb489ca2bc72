// As of a date: the typed graph as known then
// name: as-of
// description: The typed relations as the graph knew them at a date: only claims reported on or before it (the article's publication day; an article without one counts from the day it was ingested), denied claims left out, with the first and last event dates of what they report.
// params:
//   date: the day, YYYY-MM-DD, e.g. 2020-09-14
:param date => '2030-12-31'
// example:
//   source | relation | target | claims | articles | firstReported | firstEventDate | lastEventDate
//   Norvex | BID_FOR  | Qadira | 2      | 2        | 2019-09-18    | 2019-09-16     | 2019-09-16
// Browser: the graph view draws `source` and `target`; a relation whose claims are all dated after
// `date` is not there yet.
MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(t:Entity)
WHERE $date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' AND c.negated = false
MATCH (doc:Article {id: c.articleId})
WITH s, c, t, doc, coalesce(left(doc.published, 10), toString(date(doc.ingestedAt))) AS reported
WHERE reported <= $date
WITH s, c.type AS relation, t,
     count(c) AS claims,
     count(DISTINCT doc.id) AS articles,
     min(reported) AS firstReported,
     min(CASE WHEN c.expected THEN null ELSE c.eventDate END) AS firstEventDate,
     max(CASE WHEN c.expected THEN null ELSE coalesce(c.eventEnd, c.eventDate) END) AS lastEventDate,
     all(h IN collect(c.hedged) WHERE h) AS allHedged
ORDER BY relation, s.name, t.name
RETURN s AS source, relation, t AS target, claims, articles, firstReported, firstEventDate, lastEventDate,
       allHedged;
