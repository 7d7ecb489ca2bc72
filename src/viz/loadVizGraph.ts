import type { Gateway, Row } from '../graph/gateway.js';
import { loadCypher, splitStatements } from '../graph/cypherFiles.js';
import { InputError, NewsgraphError } from '../errors.js';
import { RELATION_TYPES } from '../types.js';
import { entityRefsFromRows } from './entityRefsFromRows.js';
import { rowsToVizGraph } from './rowsToVizGraph.js';
import type { VizGraph } from './vizGraph.js';

/** Which part of the graph to draw or export. */
export type VizSelection =
  | { kind: 'all' }
  | { kind: 'entity'; name: string; depth: number }
  | { kind: 'query'; name: string; params: Record<string, unknown> }
  | { kind: 'ids'; ids: string[] };

export interface LoadOptions {
  /** Evidence sentences kept per edge (0: none, e.g. for exports). */
  evidencePerEdge?: number;
}

const types = [...RELATION_TYPES];

/** I/O: reads the selected entity subgraph and its evidence from Neo4j. */
export async function loadVizGraph(
  gateway: Gateway,
  selection: VizSelection,
  options: LoadOptions = {},
): Promise<VizGraph> {
  const ids = await selectedIds(gateway, selection);
  const entityRows = await gateway.executeRead(loadCypher('read/viz-entities.cypher'), { ids });
  const edgeRows = await gateway.executeRead(loadCypher('read/viz-edges.cypher'), { ids, types });
  const perEdge = options.evidencePerEdge ?? 20;
  let evidenceRows: Row[] = [];
  if (perEdge > 0 && edgeRows.length > 0) {
    const edges = edgeRows.map((row) => ({ source: row.source, type: row.type, target: row.target }));
    evidenceRows = [];
    for (let i = 0; i < edges.length; i += 2000) {
      evidenceRows.push(
        ...(await gateway.executeRead(loadCypher('read/viz-evidence.cypher'), {
          edges: edges.slice(i, i + 2000),
          perEdge,
        })),
      );
    }
  }
  return rowsToVizGraph(entityRows, edgeRows, evidenceRows);
}

/** Entity ids to draw, or null for all of them. */
async function selectedIds(gateway: Gateway, selection: VizSelection): Promise<string[] | null> {
  switch (selection.kind) {
    case 'all':
      return null;
    case 'ids':
      return selection.ids;
    case 'entity':
      return neighbourhood(gateway, selection.name, selection.depth);
    case 'query':
      return queryEntities(gateway, selection.name, selection.params);
  }
}

/** Breadth-first over typed edges, `depth` steps from the entity named `name`. */
async function neighbourhood(gateway: Gateway, name: string, depth: number): Promise<string[]> {
  const found = await gateway.executeRead(loadCypher('read/viz-find-entity.cypher'), { name });
  if (found.length === 0)
    throw new InputError(`kg viz --entity '${name}': no entity has that name, alias or id`);
  const seen = new Set<string>([String(found[0].id)]);
  let frontier = [...seen];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const rows = await gateway.executeRead(loadCypher('read/viz-neighbourhood.cypher'), {
      ids: frontier,
      types,
    });
    frontier = rows.map((row) => String(row.id)).filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
  }
  return [...seen];
}

/** Runs cypher/queries/<name>.cypher and keeps the entities its rows touch. */
async function queryEntities(
  gateway: Gateway,
  name: string,
  params: Record<string, unknown>,
): Promise<string[]> {
  if (!/^[\w-]+$/.test(name))
    throw new InputError(`kg viz --query '${name}': a query name is letters, digits, - and _`);
  let text: string;
  try {
    text = loadCypher(`queries/${name}.cypher`);
  } catch {
    throw new InputError(`kg viz --query '${name}': no file cypher/queries/${name}.cypher`);
  }
  const rows: Row[] = [];
  for (const statement of splitStatements(text)) rows.push(...(await gateway.executeRead(statement, params)));
  const refs = entityRefsFromRows(rows);
  if (refs.elementIds.size > 0) {
    const resolved = await gateway.executeRead(loadCypher('read/viz-entity-ids-by-element.cypher'), {
      elementIds: [...refs.elementIds],
    });
    resolved.forEach((row) => refs.ids.add(String(row.id)));
  }
  if (refs.ids.size === 0) {
    throw new NewsgraphError(
      `kg viz --query '${name}': the query returned no entity nodes, relationships or paths to draw`,
    );
  }
  return [...refs.ids];
}
