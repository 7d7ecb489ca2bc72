/** What a secret is replaced with. */
export const MASK = '***';

// "bolt://neo4j:s3cret@db.example.com:7687" -> "bolt://neo4j:***@db.example.com:7687"
const URI_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*):[^\s@/]*@/gi;

/**
 * Replaces every occurrence of each secret (longest first, so a secret that contains another is
 * hidden whole) and the password part of any `scheme://user:password@host` URI with ***.
 * Used wherever a message can reach a user: errors, logs, `--json` output. Pure.
 */
export function maskSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text.replace(URI_PASSWORD, `$1:${MASK}@`);
  const unique = [...new Set(secrets.filter((s): s is string => s !== undefined && s !== ''))];
  for (const secret of unique.sort((a, b) => b.length - a.length)) out = out.split(secret).join(MASK);
  return out;
}
