/** What src/time/ finds in a sentence: time expressions, normalised against a publication date. */

import type { Granularity } from '../types.js';

export { GRANULARITIES, type Granularity } from '../types.js';

/** One time expression of a sentence. */
export interface TimeExpression {
  /** The words, a leading preposition included ("on Monday", "since 2016", "by the end of the month"). */
  text: string;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  /** First day, ISO (YYYY-MM-DD); absent when relative and the publication date is unknown. */
  date?: string;
  /** Last day of a period longer than a day ("in March 2019" -> 2019-03-31; "since 2016" -> publication). */
  dateEnd?: string;
  granularity: Granularity;
  /** Future or hypothetical, not happened: "will close next year", "expected to complete by March". */
  expected: boolean;
}

/** Days since 1970-01-01 (UTC). */
export type DayNumber = number;

/** A span of days, both ends included, at a granularity. */
export interface Period {
  start: DayNumber;
  end: DayNumber;
  granularity: Granularity;
}
