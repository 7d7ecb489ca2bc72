import type { Gateway } from '../../src/graph/gateway.js';

/** Entity nodes whose name or an alias equals `name`, ignoring case and spacing ("Byte Dance" = "ByteDance"). */
export async function entitiesNamed(gateway: Gateway, name: string) {
  return gateway.executeRead(
    `WITH toLower(replace($name, ' ', '')) AS wanted
     MATCH (e:Entity)
     WHERE toLower(replace(e.name, ' ', '')) = wanted
        OR any(alias IN e.aliases WHERE toLower(replace(alias, ' ', '')) = wanted)
     RETURN e.id AS id, e.name AS name, labels(e) AS labels`,
    { name },
  );
}

/** Typed edges between two entities found by name (either may be given as a list of candidate names). */
export async function edgesBetween(gateway: Gateway, source: string[], type: string, target: string[]) {
  return gateway.executeRead(
    `MATCH (s:Entity)-[r]->(t:Entity)
     WHERE type(r) = $type
       AND any(n IN $source WHERE toLower(n) = toLower(s.name) OR n IN s.aliases)
       AND any(n IN $target WHERE toLower(n) = toLower(t.name) OR n IN t.aliases)
     RETURN s.name AS source, t.name AS target, properties(r) AS props`,
    { source, type, target },
  );
}

/** Counts of every label and relationship type, plus edge aggregates, for before/after comparisons. */
export async function graphCounts(gateway: Gateway) {
  const labels = await gateway.executeRead(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const rels = await gateway.executeRead(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.n])),
  };
}

/** Every typed entity edge with its aggregates, sorted: a canonical dump for equality checks. */
export async function canonicalEdges(gateway: Gateway) {
  const rows = await gateway.executeRead(
    `MATCH (s:Entity)-[r]->(t:Entity)
     RETURN s.id AS source, type(r) AS type, t.id AS target, r.claims AS claims, r.sentences AS sentences,
            r.articles AS articles, r.maxConfidence AS maxConfidence, r.allHedged AS allHedged
     ORDER BY source, type, target`,
  );
  return rows;
}

/** Counts plus every typed edge: what "the same graph" means in the fault tests. */
export async function graphDump(gateway: Gateway) {
  return { counts: await graphCounts(gateway), edges: await canonicalEdges(gateway) };
}

export async function articleCount(gateway: Gateway): Promise<number> {
  return Number((await gateway.executeRead('MATCH (a:Article) RETURN count(a) AS n'))[0].n);
}

/** Entity ids held by more than one node (0 when the uniqueness constraint did its job). */
export async function duplicateEntityIds(gateway: Gateway): Promise<number> {
  const rows = await gateway.executeRead(
    'MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS ids',
  );
  return Number(rows[0].ids);
}

/**
 * graphDump and more: every node's properties (an article's ingestedAt left out: the time of the
 * run), labels, and every relationship with its properties and the type of each value ("FLOAT" and
 * "INTEGER NOT NULL" differ). Two graphs with equal full dumps are the same graph up to element ids.
 */
export async function fullGraphDump(gateway: Gateway) {
  const nodes = await gateway.executeRead(
    `MATCH (n)
     WITH n, [k IN keys(n) WHERE k <> 'ingestedAt' | [k, n[k], valueType(n[k])]] AS props
     RETURN labels(n) AS labels, props`,
  );
  const relationships = await gateway.executeRead(
    `MATCH (a)-[r]->(b)
     WITH a, r, b, [k IN keys(r) | [k, r[k], valueType(r[k])]] AS props
     RETURN a.id AS from, type(r) AS type, b.id AS to, props`,
  );
  // properties by name, then rows by their text: stores keep keys in different orders
  const sortProps = (rows: Record<string, unknown>[]) =>
    rows
      .map((row) => ({
        ...row,
        props: [...(row.props as [string][])].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
      }))
      .map((row) => [JSON.stringify(row), row] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  return { ...(await graphDump(gateway)), nodes: sortProps(nodes), relationships: sortProps(relationships) };
}
