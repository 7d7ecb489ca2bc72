import { isoDate } from '../isoDate.js';

/**
 * A feed date as ISO 8601, the way a page's dates are (isoDate): RSS writes RFC 822 ("Tue, 04 Mar
 * 2025 09:30:00 GMT" -> "2025-03-04T09:30:00Z", "+0100" kept as "+01:00"), Atom writes ISO already.
 * A date that does not parse is kept as written; an empty one is undefined.
 */
export function feedDate(written: string | undefined): string | undefined {
  const text = written?.trim();
  if (text === undefined || text === '') return undefined;
  return isoDate(text) ?? text;
}
