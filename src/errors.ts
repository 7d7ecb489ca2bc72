/**
 * Our own error types. Anything the user should read is a NewsgraphError whose
 * message is one line saying what failed and what to do; the bin script prints
 * `kg: <message>` and exits non-zero without a stack trace.
 */
export class NewsgraphError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The first line of an error's message ("invalid JSON (Unexpected token...)"): what a one-line report shows. */
export function firstLineOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/** No server answers at the URI, or the connection dropped. */
export class Neo4jUnavailableError extends NewsgraphError {}
/** The server refused the credentials. */
export class Neo4jAuthError extends NewsgraphError {}
/** The server rejected a query (syntax, constraint, type). */
export class Neo4jQueryError extends NewsgraphError {}
/** Bad input file: the message names the file and the reason. */
export class InputError extends NewsgraphError {}
/** A label, relationship type or lexicon entry outside the allow-list. */
export class AllowListError extends NewsgraphError {}
/** Local server management (Java, Maven, ports). */
export class LocalServerError extends NewsgraphError {}
/** `kg ingest --bulk` where it cannot run: a database that holds data, a server that is not local. */
export class BulkRefusedError extends NewsgraphError {}
