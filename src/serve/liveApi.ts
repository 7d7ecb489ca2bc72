import neo4j from 'neo4j-driver';
import type { Gateway, Row } from '../graph/gateway.js';
import { NewsgraphError } from '../errors.js';
import { bindParams } from '../query/bindParams.js';
import { runQueryScript } from '../query/runQueryScript.js';
import { RELATION_TYPES } from '../types.js';
import { entityRefsFromRows } from '../viz/entityRefsFromRows.js';
import { loadVizGraph } from '../viz/loadVizGraph.js';
import { rowsToCoMentions } from '../viz/rowsToCoMentions.js';
import type { VizGraph } from '../viz/vizGraph.js';
import type { AllowList } from './readAllowList.js';
import { HttpError } from './httpError.js';

/** Longest text a search, id or parameter may be: anything longer is refused before Neo4j sees it. */
export const MAX_VALUE_CHARS = 100_000;
const SEARCH_LIMIT = 20;
const NEIGHBOUR_LIMIT = 200;
const EVIDENCE_PER_EDGE = 200;
const CO_MENTIONED_LIMIT = 50;
const types = [...RELATION_TYPES];

/**
 * The live view's questions, each a fixed file of cypher/read/ (or an allowed library query) and
 * every value a parameter. Names are looked up in the allow-list read at start; an unknown one is
 * a 404, never a path.
 */
export function createLiveApi(gateway: Gateway, allow: AllowList) {
  const read = (name: string, params: Record<string, unknown>): Promise<Row[]> => {
    const cypher = allow.reads.get(name);
    if (cypher === undefined) throw new HttpError(404, `no read query '${name}'`);
    return gateway.executeRead(cypher, params);
  };

  return {
    /** Entities whose name, alias or id contains `text`. */
    search: (text: string) =>
      read('serve-search-entities', { text: value(text, 'q'), limit: neo4j.int(SEARCH_LIMIT) }),

    /** The entity and the entities one typed edge away, with the edges among them and their evidence. */
    async expand(id: string): Promise<VizGraph> {
      const rows = await read('serve-neighbours', {
        id: value(id, 'id'),
        types,
        limit: neo4j.int(NEIGHBOUR_LIMIT),
      });
      const found = await read('viz-entities', { ids: [id] });
      if (found.length === 0) throw new HttpError(404, `no entity with id '${id}'`);
      return loadVizGraph(gateway, { kind: 'ids', ids: [id, ...rows.map((row) => String(row.id))] });
    },

    /** The entities named in the same sentences as `id` with no typed relation to it, best first. */
    async coMentioned(id: string) {
      const rows = await read('viz-co-mentioned', {
        ids: [value(id, 'id')],
        types,
        perEntity: CO_MENTIONED_LIMIT,
      });
      const { byEntity, nodes } = rowsToCoMentions([id], rows);
      return { mentions: byEntity[id], nodes };
    },

    /** Every sentence behind one typed edge, positive claims first, with its article's id and title. */
    async evidence(source: string, type: string, target: string) {
      if (!types.includes(type as never)) throw new HttpError(400, `unknown relation type '${type}'`);
      const rows = await read('viz-evidence', {
        edges: [{ source: value(source, 'source'), type, target: value(target, 'target') }],
        perEdge: neo4j.int(EVIDENCE_PER_EDGE),
      });
      return rows[0]?.evidence ?? [];
    },

    /** An article's metadata and its sentences in order. */
    async article(id: string) {
      const rows = await read('serve-article', { id: value(id, 'id') });
      if (rows.length === 0) throw new HttpError(404, `no article with id '${id}'`);
      return rows[0];
    },

    /** The library queries that may run here, with their parameters and defaults. */
    queries: () =>
      [...allow.queries.values()].map((q) => ({
        name: q.name,
        title: q.title,
        description: q.description,
        params: q.params.map((p) => ({
          name: p.name,
          description: p.description,
          defaultValue: p.defaultValue,
        })),
      })),

    /** Runs an allowed library query as `kg query` does (string parameters, `:param` defaults). */
    async query(name: string, given: Record<string, string>) {
      const script = allow.queries.get(name);
      if (!script) throw new HttpError(404, `no library query '${name}'`);
      let params: Record<string, unknown>;
      try {
        params = bindParams(script, given);
      } catch (error) {
        if (error instanceof NewsgraphError) throw new HttpError(400, error.message);
        throw error;
      }
      const results = await runQueryScript(gateway, script, params);
      const rows = results[results.length - 1] ?? [];
      const refs = entityRefsFromRows(results.flat());
      if (refs.elementIds.size > 0) {
        const resolved = await read('viz-entity-ids-by-element', { elementIds: [...refs.elementIds] });
        resolved.forEach((row) => refs.ids.add(String(row.id)));
      }
      const graph: VizGraph =
        refs.ids.size === 0
          ? { nodes: [], edges: [] }
          : await loadVizGraph(gateway, { kind: 'ids', ids: [...refs.ids] });
      return { rows, graph };
    },
  };
}

export type LiveApi = ReturnType<typeof createLiveApi>;

/** A request value as text: present, and not longer than MAX_VALUE_CHARS. */
function value(text: string | undefined, name: string): string {
  if (text === undefined || text === '') throw new HttpError(400, `missing '${name}'`);
  if (text.length > MAX_VALUE_CHARS)
    throw new HttpError(400, `'${name}' is over ${MAX_VALUE_CHARS} characters`);
  return text;
}
