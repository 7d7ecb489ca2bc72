/**
 * A feed date as ISO 8601: RSS writes RFC 822 ("Tue, 04 Mar 2025 09:30:00 GMT" ->
 * "2025-03-04T09:30:00.000Z"), Atom writes ISO already (kept as written, offset and all).
 * A date that does not parse is kept as written; an empty one is undefined.
 */
export function feedDate(written: string | undefined): string | undefined {
  const text = written?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}
