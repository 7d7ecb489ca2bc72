import { parseDateLine } from './parseDateLine.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 2822 zone names ("Tue, 04 Mar 2025 14:02:11 GMT", "... EST"); others are not guessed. */
const ZONES: Record<string, string> = {
  gmt: 'Z',
  utc: 'Z',
  ut: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

/** "2025-03-04", "2025-03-04T14:02", "2025-03-04 14:02:11.000+0000", "2025/03/04T14:02:11Z" */
const ISO =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,4})?)?$/i;
/** "20250210", "20250210T074100Z" (ISO 8601 basic format, as some `pubdate` meta write it) */
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/;
/** "Tue, 04 Mar 2025 14:02:11 GMT", "4 Mar 2025 14:02 +0100" (RFC 2822, as RSS and some meta tags write it) */
const RFC2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(Z|[+-]\d{4}|[A-Z]{1,4}))?)?$/i;

/**
 * A publication or modification date as the page wrote it, in ISO 8601, or undefined when it
 * cannot be read without guessing. The page's own offset is kept (a story published at
 * 23:30 -05:00 is dated that day where it was written); seconds are always written, fractions dropped:
 * "2025-04-03T16:20:11.000Z" -> "2025-04-03T16:20:11Z"; "2025-03-03T14:02:11+0000" ->
 * "2025-03-03T14:02:11+00:00"; "2025-02-20T05:00-05:00" -> "2025-02-20T05:00:00-05:00";
 * "Tue, 04 Mar 2025 14:02:11 GMT" -> "2025-03-04T14:02:11Z"; "2025-03-04 09:30" ->
 * "2025-03-04T09:30:00" (no zone given, none guessed); "March 4, 2025" -> "2025-03-04".
 * Not dates: "yesterday", "2025-13-40", "03/04/2025" (March 4 or 3 April).
 */
export function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  const iso = ISO.exec(text) ?? BASIC.exec(text);
  if (iso) return build(+iso[1], +iso[2], +iso[3], iso[4], iso[5], iso[6], iso[7]);
  const rfc = RFC2822.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    return month > 0 ? build(+rfc[3], month, +rfc[1], rfc[4], rfc[5], rfc[6], rfc[7]) : undefined;
  }
  const line = parseDateLine(text);
  return line?.date;
}

function build(
  y: number,
  m: number,
  d: number,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  zone: string | undefined,
): string | undefined {
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined; // 2025-02-30
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  if (+hh > 23 || +mm > 59 || +(ss ?? 0) > 59) return undefined;
  const offset = zone === undefined ? '' : offsetOf(zone);
  if (offset === undefined) return undefined;
  return `${date}T${hh}:${mm}:${ss ?? '00'}${offset}`;
}

/** "Z" -> "Z"; "+0100", "+01", "+01:00" -> "+01:00"; "EST" -> "-05:00"; an unknown name -> undefined. */
function offsetOf(zone: string): string | undefined {
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) return +numeric[2] > 14 ? undefined : `${numeric[1]}${numeric[2]}:${numeric[3] ?? '00'}`;
  return ZONES[zone.toLowerCase()];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
