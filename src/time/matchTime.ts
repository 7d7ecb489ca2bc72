/**
 * The grammar of news time expressions, over timeTokens. Pure. Each match knows its tokens, its
 * granularity and how to resolve against the publication date: forward (future text: "will vote
 * on Monday" is the next Monday) or back (past text: "rejected the offer on Monday" is the latest
 * Monday on or before publication). A relative time without a publication date resolves to nothing.
 */
import {
  dayOf,
  dayPeriod,
  monthPeriod,
  partsOf,
  periodAround,
  quarterPeriod,
  yearPeriod,
} from './calendar.js';
import type { TimeToken } from './timeTokens.js';
import type { TimeWords } from './timeWords.js';
import type { DayNumber, Granularity, Period } from './types.js';

export type Resolve = (published: DayNumber | undefined, future: boolean) => Period | undefined;

export interface TimeMatch {
  /** Token range, end excluded. */
  i: number;
  j: number;
  granularity: Granularity;
  resolve: Resolve;
  /** Its words say future whatever the verb: "next year", "tomorrow", "later this year". */
  forward?: boolean;
  /** "since 2016": runs up to publication, open-ended when publication is unknown. */
  since?: boolean;
}

export interface Ctx {
  t: TimeToken[];
  w: TimeWords;
}

const absolute =
  (p: Period): Resolve =>
  () =>
    p;
const isYear = (tok: TimeToken | undefined): boolean =>
  tok?.kind === 'number' && tok.text.length === 4 && +tok.text >= 1800 && +tok.text <= 2100;
const isDayNumber = (tok: TimeToken | undefined): boolean =>
  tok?.kind === 'number' && +tok.lower.replace(/\D/g, '') >= 1 && +tok.lower.replace(/\D/g, '') <= 31;
const isCapitalised = (tok: TimeToken | undefined): boolean =>
  tok?.kind === 'word' && /^\p{Lu}/u.test(tok.text);
const is = (tok: TimeToken | undefined, ...words: string[]): boolean =>
  tok !== undefined && words.includes(tok.lower);

/** A month name, capitalised ("in March"; "Ana March", "may sell" are no months): [month, next token]. */
function month(c: Ctx, i: number): [number, number] | undefined {
  const tok = c.t[i];
  const m = tok && isCapitalised(tok) ? c.w.months.get(tok.lower) : undefined;
  if (m === undefined) return undefined;
  // "Sept. 3": the abbreviation's dot is part of it
  const dot = c.t[i + 1]?.text === '.' && c.t[i + 1].start === tok.end && !c.w.fullMonths.has(tok.lower);
  return [m, dot ? i + 2 : i + 1];
}

function weekday(c: Ctx, i: number): number | undefined {
  const tok = c.t[i];
  return tok && isCapitalised(tok) ? c.w.weekdays.get(tok.lower) : undefined;
}

/** ", 2018" or " 2018" after a day and month: [year, next token]. */
function yearAfter(c: Ctx, i: number): [number, number] | undefined {
  if (isYear(c.t[i])) return [+c.t[i].text, i + 1];
  if (c.t[i]?.text === ',' && isYear(c.t[i + 1])) return [+c.t[i + 1].text, i + 2];
  return undefined;
}

/** A day of a month, the year given or not: the latest on or before publication, or (future) the next after. */
function dayOfMonth(m: number, d: number, year: number | undefined): Resolve {
  if (year !== undefined) return absolute(dayPeriod(dayOf(year, m, d)));
  return (pub, future) => {
    if (pub === undefined) return undefined;
    const y = partsOf(pub)[0];
    const here = dayOf(y, m, d);
    if (future) return dayPeriod(here > pub ? here : dayOf(y + 1, m, d));
    return dayPeriod(here <= pub ? here : dayOf(y - 1, m, d));
  };
}

/** A month or quarter without a year: past text the latest that began by publication, future the next not yet over. */
function yearless(period: (y: number) => Period): Resolve {
  return (pub, future) => {
    if (pub === undefined) return undefined;
    const y = partsOf(pub)[0];
    const here = period(y);
    if (future) return here.end > pub ? here : period(y + 1);
    return here.start <= pub ? here : period(y - 1);
  };
}

/** "14 September", "3 May 2004", "September 14, 2018", "Sept. 3", "Monday 16 September". */
function calendarDay(c: Ctx, i: number): TimeMatch | undefined {
  if (isDayNumber(c.t[i])) {
    const mo = month(c, i + 1);
    if (!mo) return undefined;
    const y = yearAfter(c, mo[1]);
    const d = +c.t[i].lower.replace(/\D/g, '');
    return { i, j: y ? y[1] : mo[1], granularity: 'day', resolve: dayOfMonth(mo[0], d, y?.[0]) };
  }
  const mo = month(c, i);
  if (!mo || !isDayNumber(c.t[mo[1]])) return undefined;
  const d = +c.t[mo[1]].lower.replace(/\D/g, '');
  const y = yearAfter(c, mo[1] + 1);
  return { i, j: y ? y[1] : mo[1] + 1, granularity: 'day', resolve: dayOfMonth(mo[0], d, y?.[0]) };
}

const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];

/** "Monday", "Monday night", "Monday, September 16", "Monday 16 September". */
function weekdayTime(c: Ctx, i: number, licensed: boolean): TimeMatch | undefined {
  const wd = weekday(c, i);
  if (wd === undefined) return undefined;
  const after = c.t[i + 1]?.text === ',' ? i + 2 : i + 1;
  const full = calendarDay(c, after);
  if (full) return { ...full, i };
  // "the Sunday Herald": a weekday naming a thing is no time
  if (!licensed && (is(c.t[i - 1], 'the', 'a', 'an') || isCapitalised(c.t[i + 1]))) return undefined;
  const j = is(c.t[i + 1], ...PARTS_OF_DAY) ? i + 2 : i + 1;
  return { i, j, granularity: 'day', resolve: weekdayResolve(wd, 'bare') };
}

/** bare: back to the latest on or before publication, or forward to the next after it; last/next: strictly before/after. */
function weekdayResolve(wd: number, how: 'bare' | 'last' | 'next'): Resolve {
  return (pub, future) => {
    if (pub === undefined) return undefined;
    const today = partsOf(pub)[3];
    if (how === 'next' || (how === 'bare' && future)) return dayPeriod(pub + ((wd - today + 7) % 7 || 7));
    const back = (today - wd + 7) % 7;
    return dayPeriod(pub - (how === 'last' ? back || 7 : back));
  };
}

/** "Q3 2019", "Q3", "the third quarter", "the second quarter of 2017". */
function quarter(c: Ctx, i: number): TimeMatch | undefined {
  let q: number | undefined;
  let k: number;
  const qTok = /^q([1-4])$/.exec(c.t[i]?.lower ?? '');
  if (qTok) [q, k] = [+qTok[1], i + 1];
  else if (is(c.t[i], 'the') && c.w.ordinals.has(c.t[i + 1]?.lower) && is(c.t[i + 2], 'quarter')) {
    [q, k] = [c.w.ordinals.get(c.t[i + 1].lower)!, i + 3];
    if (is(c.t[k], 'of') && isYear(c.t[k + 1])) k++;
  } else return undefined;
  const quarterOf = q;
  if (isYear(c.t[k]))
    return { i, j: k + 1, granularity: 'quarter', resolve: absolute(quarterPeriod(+c.t[k].text, q)) };
  return { i, j: k, granularity: 'quarter', resolve: yearless((y) => quarterPeriod(y, quarterOf)) };
}

const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/** "last week", "this year", "next month", "last Friday", "next Monday", "last October". */
function lastThisNext(c: Ctx, i: number): TimeMatch | undefined {
  const shift = SHIFT[c.t[i]?.lower ?? ''];
  if (shift === undefined) return undefined;
  const wd = weekday(c, i + 1);
  if (wd !== undefined && shift !== 0) {
    return {
      i,
      j: i + 2,
      granularity: 'day',
      resolve: weekdayResolve(wd, shift < 0 ? 'last' : 'next'),
      forward: shift > 0,
    };
  }
  // "since last October", "next March": the latest such month before publication's, or the next after it
  const mo = shift !== 0 ? month(c, i + 1) : undefined;
  if (mo) {
    const m = mo[0];
    return {
      i,
      j: mo[1],
      granularity: 'month',
      forward: shift > 0,
      resolve: (pub) => {
        if (pub === undefined) return undefined;
        const [y, pm] = partsOf(pub);
        if (shift < 0) return monthPeriod(m < pm ? y : y - 1, m);
        return monthPeriod(m > pm ? y : y + 1, m);
      },
    };
  }
  const unit = c.w.units.get(c.t[i + 1]?.lower ?? '');
  if (!unit || unit.times !== 1 || unit.unit === 'day' || c.t[i + 1].lower.endsWith('s')) return undefined;
  const g = unit.unit;
  return {
    i,
    j: i + 2,
    granularity: g,
    resolve: (pub) => (pub === undefined ? undefined : periodAround(pub, g, shift)),
    forward: shift > 0,
  };
}

/** "earlier this year", "later this month", "early next year", "late last year". */
function earlierLater(c: Ctx, i: number): TimeMatch | undefined {
  const mod = c.t[i]?.lower;
  if (!['earlier', 'later', 'early', 'late'].includes(mod ?? '')) return undefined;
  const inner = lastThisNext(c, i + 1);
  if (!inner || inner.granularity === 'day') return undefined;
  if (mod === 'early' || mod === 'late') return { ...inner, i };
  const earlier = mod === 'earlier';
  return {
    ...inner,
    i,
    forward: !earlier || inner.forward,
    resolve: (pub, future) => {
      const p = inner.resolve(pub, future);
      if (!p || pub === undefined || pub < p.start || pub > p.end) return p;
      return earlier ? { ...p, end: pub } : { ...p, start: pub };
    },
  };
}

/** "yesterday", "today", "tomorrow". */
function deictic(c: Ctx, i: number): TimeMatch | undefined {
  const shift = { yesterday: -1, today: 0, tomorrow: 1 }[c.t[i]?.lower ?? ''];
  if (shift === undefined) return undefined;
  return {
    i,
    j: i + 1,
    granularity: 'day',
    resolve: (pub) => (pub === undefined ? undefined : dayPeriod(pub + shift)),
    forward: shift > 0,
  };
}

/** "two years ago", "10 days ago", "a decade ago". */
function ago(c: Ctx, i: number): TimeMatch | undefined {
  const tok = c.t[i];
  const n = tok?.kind === 'number' ? +tok.text : c.w.numbers.get(tok?.lower ?? '');
  const unit = c.w.units.get(c.t[i + 1]?.lower ?? '');
  if (!n || !unit || !is(c.t[i + 2], 'ago')) return undefined;
  const g = unit.unit;
  const shift = -n * unit.times;
  return {
    i,
    j: i + 3,
    granularity: g,
    resolve: (pub) => (pub === undefined ? undefined : periodAround(pub, g, shift)),
  };
}

/** "the end of the month", "the end of 2020", "the end of last year": the period's last day. */
function endOf(c: Ctx, i: number): TimeMatch | undefined {
  if (!is(c.t[i], 'the') || !is(c.t[i + 1], 'end') || !is(c.t[i + 2], 'of')) return undefined;
  const k = i + 3;
  let inner: TimeMatch | undefined;
  const unit = is(c.t[k], 'the') ? c.w.units.get(c.t[k + 1]?.lower ?? '') : undefined;
  if (unit && unit.times === 1 && unit.unit !== 'day') {
    const g = unit.unit;
    inner = {
      i: k,
      j: k + 2,
      granularity: g,
      resolve: (pub) => (pub === undefined ? undefined : periodAround(pub, g, 0)),
    };
  } else inner = lastThisNext(c, k) ?? monthOrYear(c, k, true) ?? quarter(c, k);
  if (!inner) return undefined;
  const last = inner.resolve;
  return {
    i,
    j: inner.j,
    granularity: 'day',
    forward: inner.forward,
    resolve: (pub, future) => {
      const p = last(pub, future);
      return p && dayPeriod(p.end);
    },
  };
}

/** "March 2019", "2016", "March", "early 2019", "mid-2018" (a bare month or year only when licensed). */
function monthOrYear(c: Ctx, i: number, licensed: boolean): TimeMatch | undefined {
  // "in early 2019", "in mid-2018": the year is what counts
  if (is(c.t[i], 'early', 'late', 'mid')) {
    const k = c.t[i + 1]?.text === '-' ? i + 2 : i + 1;
    const inner = monthOrYear(c, k, true);
    return inner && { ...inner, i };
  }
  const mo = month(c, i);
  if (mo) {
    const y = yearAfter(c, mo[1]);
    if (y) return { i, j: y[1], granularity: 'month', resolve: absolute(monthPeriod(y[0], mo[0])) };
    if (!licensed) return undefined;
    return { i, j: mo[1], granularity: 'month', resolve: yearless((yy) => monthPeriod(yy, mo[0])) };
  }
  if (licensed && isYear(c.t[i])) {
    return { i, j: i + 1, granularity: 'year', resolve: absolute(yearPeriod(+c.t[i].text)) };
  }
  return undefined;
}

function isoDate(c: Ctx, i: number): TimeMatch | undefined {
  const tok = c.t[i];
  if (tok?.kind !== 'iso') return undefined;
  const [y, m, d] = tok.text.split('-').map(Number);
  return { i, j: i + 1, granularity: 'day', resolve: absolute(dayPeriod(dayOf(y, m, d))) };
}

/** One time at token i; `licensed`: after a preposition, where a bare month or year is a time. */
export function coreTime(c: Ctx, i: number, licensed: boolean): TimeMatch | undefined {
  return (
    isoDate(c, i) ??
    weekdayTime(c, i, licensed) ??
    calendarDay(c, i) ??
    quarter(c, i) ??
    endOf(c, i) ??
    earlierLater(c, i) ??
    lastThisNext(c, i) ??
    deictic(c, i) ??
    ago(c, i) ??
    monthOrYear(c, i, licensed)
  );
}

/** "from 2015 to 2018", "between 2010 and 2012": from the first's start to the second's end. */
function range(c: Ctx, i: number): TimeMatch | undefined {
  const join = is(c.t[i], 'from') ? 'to' : is(c.t[i], 'between') ? 'and' : undefined;
  if (!join) return undefined;
  const a = coreTime(c, i + 1, true);
  if (!a || !is(c.t[a.j], join, 'until')) return undefined;
  const b = coreTime(c, a.j + 1, true);
  if (!b) return undefined;
  return {
    i,
    j: b.j,
    granularity: a.granularity,
    resolve: (pub, future) => {
      const [pa, pb] = [a.resolve(pub, future), b.resolve(pub, future)];
      return pa && pb ? { start: pa.start, end: pb.end, granularity: pa.granularity } : undefined;
    },
  };
}

/** "since 2016", "since March": from its start up to publication (open when publication is unknown). */
function since(c: Ctx, i: number): TimeMatch | undefined {
  if (!is(c.t[i], 'since')) return undefined;
  const a = coreTime(c, i + 1, true);
  if (!a) return undefined;
  return {
    ...a,
    i,
    since: true,
    resolve: (pub) => {
      const p = a.resolve(pub, false);
      return p && pub !== undefined ? { ...p, end: pub } : p;
    },
  };
}

/** The time starting at token i, its preposition included, or undefined. */
export function timeAt(c: Ctx, i: number): TimeMatch | undefined {
  const r = range(c, i) ?? since(c, i);
  if (r) return r;
  if (c.w.prepositions.has(c.t[i]?.lower) && c.t[i].kind === 'word') {
    const inner = coreTime(c, i + 1, true);
    if (inner) return { ...inner, i };
  }
  return coreTime(c, i, false);
}
