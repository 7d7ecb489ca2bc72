// Graph overview: counts by label and relationship type
// name: overview
// description: How many nodes carry each label and how many relationships have each type.
// params: none
// example:
//   kind         | name           | count
//   label        | Entity         | 42
//   label        | Sentence       | 180
//   relationship | MENTIONS       | 310
//   relationship | BID_FOR        | 3
CALL {
  MATCH (n)
  UNWIND labels(n) AS name
  RETURN 'label' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, count DESC, name;
