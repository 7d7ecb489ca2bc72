import { LocalServerError } from '../errors.js';

/**
 * The text of a picocli @-file (neo4j-admin reads `@<file>` as more arguments) that holds one
 * argument. A password passed this way never appears on a command line that `ps` can show.
 * Inside double quotes picocli takes `\"` as a quote and `\\` as a backslash, so
 * `pa ss"w\rd#1` becomes `"pa ss\"w\\rd#1"`: spaces, quotes and `#` stay part of the value.
 */
export function adminArgsFileText(argument: string): string {
  if (/[\r\n]/.test(argument)) {
    throw new LocalServerError('The Neo4j password cannot contain a line break: set NEO4J_PASSWORD.');
  }
  return `"${argument.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`;
}
