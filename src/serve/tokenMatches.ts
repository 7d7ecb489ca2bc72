import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time check of a request's token against the server's. Both sides are hashed first, so
 * the comparison takes the same time whatever the length or the first differing byte of a guess.
 */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
