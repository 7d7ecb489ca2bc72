/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Pure. */
import type { DayNumber, Granularity, Period } from './types.js';

const MS_PER_DAY = 86_400_000;

/** The day number of a date; months and days may overflow (month 13 is next January, day 0 the last of the month before). */
export const dayOf = (y: number, m: number, d: number): DayNumber => Date.UTC(y, m - 1, d) / MS_PER_DAY;

/** [year, month 1-12, day 1-31, weekday 0 = Monday]. */
export function partsOf(n: DayNumber): [number, number, number, number] {
  const t = new Date(n * MS_PER_DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), (t.getUTCDay() + 6) % 7];
}

export const isoDay = (n: DayNumber): string => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

/** "2019-09-18", "2019-09-18T07:41:00Z" -> its day; undefined when not an ISO date. */
export function parseIsoDay(text: string | undefined): DayNumber | undefined {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export const dayPeriod = (n: DayNumber): Period => ({ start: n, end: n, granularity: 'day' });

export function weekPeriod(n: DayNumber): Period {
  const start = n - partsOf(n)[3];
  return { start, end: start + 6, granularity: 'week' };
}

export const monthPeriod = (y: number, m: number): Period => ({
  start: dayOf(y, m, 1),
  end: dayOf(y, m + 1, 0),
  granularity: 'month',
});

export const quarterPeriod = (y: number, q: number): Period => ({
  start: dayOf(y, 3 * q - 2, 1),
  end: dayOf(y, 3 * q + 1, 0),
  granularity: 'quarter',
});

export const yearPeriod = (y: number): Period => ({
  start: dayOf(y, 1, 1),
  end: dayOf(y, 12, 31),
  granularity: 'year',
});

/** The period of one unit holding a day, `shift` units later ("last month": shift -1). */
export function periodAround(n: DayNumber, unit: Granularity, shift: number): Period {
  const [y, m] = partsOf(n);
  switch (unit) {
    case 'day':
      return dayPeriod(n + shift);
    case 'week':
      return weekPeriod(n + 7 * shift);
    case 'month': {
      const [yy, mm] = partsOf(dayOf(y, m + shift, 1));
      return monthPeriod(yy, mm);
    }
    case 'quarter': {
      const [yy, mm] = partsOf(dayOf(y, m + 3 * shift, 1));
      return quarterPeriod(yy, Math.ceil(mm / 3));
    }
    case 'year':
      return yearPeriod(y + shift);
  }
}
