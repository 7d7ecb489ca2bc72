/** One question in cypher/queries/: a `.cypher` file that runs in `kg query` and in Neo4j Browser. */
export interface QueryScript {
  /** `kg query <name>`; the file is <name>.cypher. */
  name: string;
  /** The first line `// <Title>`: Browser names a saved favourite after it. */
  title: string;
  description: string;
  params: QueryParam[];
  /** Cypher statements, client-command lines removed, split on `;`. */
  statements: string[];
  /** The file as written (what Browser gets). */
  text: string;
  file: string;
}

export interface QueryParam {
  name: string;
  description: string;
  /** From the `:param name => value` line, when there is one. */
  defaultValue?: unknown;
  /** True when a statement uses `$name`. */
  used: boolean;
}
