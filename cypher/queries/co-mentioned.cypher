// Entities mentioned in the same sentence as X
// name: co-mentioned
// description: The entities named in the same sentences as one entity, by how many sentences and articles they share.
// params:
//   entity: name or alias (any case), e.g. Oracle
//   limit:  how many to list, e.g. 20
:param entity => 'Oracle'
:param limit => 20
// example:
//   entity | other     | sentences | articles | example
//   Oracle | TikTok    | 21        | 5        | Oracle will become TikTok's trusted technology partner ...
//   Oracle | ByteDance | 12        | 4        | ByteDance chose Oracle ...
MATCH (entity:Entity)
WHERE toLower(entity.name) = toLower(trim($entity))
   OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) = toLower(trim($entity)))
MATCH (entity)<-[:MENTIONS]-(sentence:Sentence)-[:MENTIONS]->(other:Entity)
WHERE other <> entity
WITH entity, other, collect(DISTINCT sentence) AS shared
RETURN entity, other, size(shared) AS sentences,
       size(reduce(ids = [], s IN shared | CASE WHEN s.articleId IN ids THEN ids ELSE ids + s.articleId END)) AS articles,
       shared[0].text AS example
ORDER BY sentences DESC, articles DESC, other.name
LIMIT toInteger($limit);
