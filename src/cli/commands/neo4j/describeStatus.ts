import type { LocalServerStatus } from '../../../neo4j-local/server.js';

/** One line for humans: "Neo4j 5.26.30 community (default) running, pid 123, bolt://..., Browser http://.../browser/" */
export function describeStatus(instance: string, status: LocalServerStatus): string {
  if (!status.running) return `Neo4j (${instance}) is not running: start it with 'kg neo4j start'.`;
  if (status.problem)
    return `Neo4j (${instance}) runs (pid ${status.pid}) but does not answer: ${status.problem}`;
  const server = status.server!;
  return `Neo4j ${server.version} ${server.edition} (${instance}) running, pid ${status.pid}, ${status.uri}, Browser ${status.browserUrl}`;
}
