import { stripComments } from '../graph/cypherFiles.js';

// Clauses and commands that change data, schema or the server. `CALL {` / `CALL (x) {` open a
// subquery and stay allowed; `CALL some.procedure(...)` is refused (apoc.create.*, db.* admin).
const WRITES =
  /\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS|ALTER|GRANT|DENY|REVOKE|START\s+DATABASE|STOP\s+DATABASE|TERMINATE)\b|\bCALL\s+[A-Za-z_`]/i;

/**
 * Pure: true when no statement holds a writing clause or a procedure call (outside comments,
 * string literals and backtick names). Conservative: `RETURN n.set` is refused too, which is
 * safe; the server also runs every statement in a read transaction, which Neo4j enforces.
 *   "MATCH (e:Entity) RETURN e" -> true; "MATCH (n) DETACH DELETE n" -> false
 */
export function isReadOnlyCypher(statements: readonly string[]): boolean {
  return statements.every((statement) => {
    const code = stripComments(statement).replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, "''");
    return !WRITES.test(code);
  });
}
