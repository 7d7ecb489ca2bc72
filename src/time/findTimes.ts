/**
 * The time expressions of one sentence, normalised against the article's publication date
 * (docs/event-time.md). Pure. A sentence with no digit and no word that starts like a time word
 * is skipped by one regular-expression test, so most sentences cost next to nothing.
 */
import { isoDay, parseIsoDay } from './calendar.js';
import { timeAt, type TimeMatch } from './matchTime.js';
import { timeTokens, type TimeToken } from './timeTokens.js';
import type { TimeWords } from './timeWords.js';
import type { TimeExpression } from './types.js';

/**
 * @param published the article's publication date (ISO day or timestamp); undefined when unknown:
 *   relative times ("on Monday", "last year") then keep their words and granularity but no date.
 */
export function findTimes(
  sentence: string,
  published: string | undefined,
  words: TimeWords,
): TimeExpression[] {
  if (!words.mayHoldTime.test(sentence)) return [];
  const t = timeTokens(sentence);
  const pub = parseIsoDay(published);
  const out: TimeExpression[] = [];
  for (let i = 0; i < t.length;) {
    const m = timeAt({ t, w: words }, i);
    if (!m) {
      i++;
      continue;
    }
    out.push(toExpression(sentence, t, m, pub, words));
    i = m.j;
  }
  return out;
}

function toExpression(
  sentence: string,
  t: TimeToken[],
  m: TimeMatch,
  pub: number | undefined,
  words: TimeWords,
): TimeExpression {
  const start = t[m.i].start;
  const end = t[m.j - 1].end;
  const marked = Boolean(m.forward) || hasFutureMarker(t, m.i, words);
  const p = m.resolve(pub, marked);
  const out: TimeExpression = {
    text: sentence.slice(start, end),
    start,
    end,
    granularity: m.granularity,
    // "The agreement expires in 2024" (published 2019): a time after publication has not happened
    expected: marked || (p !== undefined && pub !== undefined && p.start > pub),
  };
  if (p) {
    out.date = isoDay(p.start);
    if (p.end !== p.start && !(m.since && pub === undefined)) out.dateEnd = isoDay(p.end);
  }
  return out;
}

/**
 * A future or hypothetical marker in the time's clause before it: "Norvex will close the plant
 * next year", "is expected to complete by March"; not "said last Monday that it would sell"
 * (the marker is after the time) nor "Ana Ruiz, who joined Norvex in 2010, will retire" (another clause).
 */
function hasFutureMarker(t: TimeToken[], at: number, words: TimeWords): boolean {
  let from = at - 1;
  while (from >= 0 && !isBreak(t[from], words)) from--;
  for (let k = from + 1; k < at; k++) {
    for (const marker of words.futureMarkers) {
      if (marker.every((w, n) => t[k + n]?.lower === w) && k + marker.length <= at) return true;
    }
  }
  return false;
}

const isBreak = (tok: TimeToken, words: TimeWords): boolean =>
  tok.text === ',' || tok.text === ';' || tok.text === ':' || words.clauseBreaks.has(tok.lower);
