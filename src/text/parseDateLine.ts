const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Words a date line may hold besides the date: "Published:", "Updated 2 hours ago", "Thu", "7:41 AM UTC". */
const FILLER =
  /^(published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|ago|an?|\d+|hours?|mins?|minutes?|days?|[A-Z]{2,5}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}[:.]\d{2}(:\d{2})?|[|·•,:-])$/i;

/**
 * A line under a headline that only gives a date, and that date as YYYY-MM-DD when it can be read
 * without guessing; undefined when the line says more than a date:
 * "30 June 2025" -> 2025-06-30; "Thu 3 Apr 2025 17.20 BST" -> 2025-04-03;
 * "March 12, 2025 7:41 AM UTC Updated 2 hours ago" -> 2025-03-12;
 * "Published: 14/01/2025 11:02" -> 2025-01-14 (14 is no month); "03/04/2025" -> a date line, no date;
 * "Updated 21 May 2025" -> 2025-05-21, updated.
 * Not date lines: "By March 2025 the plant will close.", "Shares fell 3% on Monday."
 */
export function parseDateLine(line: string): { date?: string; updated?: boolean } | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 80 || /[.!?]$/.test(trimmed.replace(/\b(a|p)\.m\.$/i, ''))) return undefined;
  const named =
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? ((?:19|20)\\d{2})\\b`, 'i').exec(trimmed) ??
    new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})\\b`, 'i').exec(trimmed);
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/.exec(trimmed);
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(trimmed);
  const found = named ?? numeric ?? iso;
  if (!found) return undefined;
  const rest = (trimmed.slice(0, found.index) + ' ' + trimmed.slice(found.index + found[0].length))
    .split(/\s+|(?=[|·•,])|(?<=[|·•,])/)
    .filter((w) => w !== '');
  if (!rest.every((w) => FILLER.test(w.replace(/(?<=\w):$/, '')))) return undefined;
  let y: number;
  let m: number;
  let d: number;
  if (iso && found === iso) [y, m, d] = [+iso[1], +iso[2], +iso[3]];
  else if (named) {
    const dayFirst = /^\d/.test(named[1]);
    const month = dayFirst ? named[2] : named[1];
    [y, m, d] = [
      +named[3],
      MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1,
      +(dayFirst ? named[1] : named[2]),
    ];
  } else {
    const [a, b] = [+numeric![1], +numeric![2]];
    if (a <= 12 && b <= 12 && a !== b) return {}; // 03/04/2025: March 4 or 3 April
    [y, m, d] = a > 12 ? [+numeric![3], b, a] : [+numeric![3], a, b];
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // "Updated 21 May 2025": when the page changed, not when it was published
  return /^(updated|last updated|modified|last modified)\b/i.test(trimmed)
    ? { date, updated: true }
    : { date };
}
