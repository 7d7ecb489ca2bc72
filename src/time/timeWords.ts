/**
 * The word lists src/time/ reads (data/lexicon/, loaded with the rest of the lexicon), indexed
 * for lookup. Pure; cached per lexicon words object.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Granularity } from './types.js';

export type TimeListName =
  | 'month-names'
  | 'weekday-names'
  | 'time-units'
  | 'number-words'
  | 'quarter-ordinals'
  | 'time-prepositions'
  | 'future-markers'
  | 'time-clause-breaks';

/** A unit of counting: a calendar unit times a multiple ("decade" is ten years). */
export interface TimeUnit {
  unit: Granularity;
  times: number;
}

export interface TimeWords {
  /** "september" / "sept" / "sep" -> 9. */
  months: Map<string, number>;
  /** The full names ("september"): the others are abbreviations, which may take a dot ("Sept."). */
  fullMonths: Set<string>;
  /** "monday" / "mon" -> 0. */
  weekdays: Map<string, number>;
  units: Map<string, TimeUnit>;
  numbers: Map<string, number>;
  ordinals: Map<string, number>;
  prepositions: Set<string>;
  /** Each marker as its words ("expected to" -> ["expected", "to"]). */
  futureMarkers: string[][];
  clauseBreaks: Set<string>;
  /** A cheap test: can the sentence hold a time at all? (a digit, or a word starting like a time word) */
  mayHoldTime: RegExp;
}

const cache = new WeakMap<object, TimeWords>();

/** Each line's words ("september sept sep") keyed to the line's 1-based number. */
function byLine(lines: readonly string[], first: number): Map<string, number> {
  const out = new Map<string, number>();
  lines.forEach((line, i) => {
    for (const w of line.split(/\s+/)) out.set(w, i + first);
  });
  return out;
}

const UNIT_OF: Record<string, TimeUnit> = {
  day: { unit: 'day', times: 1 },
  week: { unit: 'week', times: 1 },
  month: { unit: 'month', times: 1 },
  quarter: { unit: 'quarter', times: 1 },
  year: { unit: 'year', times: 1 },
  decade: { unit: 'year', times: 10 },
};

export function compileTimeWords(words: Pick<Lexicon['words'], TimeListName>): TimeWords {
  const cached = cache.get(words);
  if (cached) return cached;
  const units = new Map<string, TimeUnit>();
  for (const line of words['time-units']) {
    const forms = line.split(/\s+/);
    const unit = UNIT_OF[forms[0]];
    if (unit) for (const f of forms) units.set(f, unit);
  }
  const months = byLine(words['month-names'], 1);
  const weekdays = byLine(words['weekday-names'], 0);
  const stems = [
    ...months.keys(),
    ...weekdays.keys(),
    ...units.keys(),
    'yesterday',
    'today',
    'tomorrow',
    'q[1-4]',
  ];
  const out: TimeWords = {
    months,
    fullMonths: new Set(words['month-names'].map((line) => line.split(/\s+/)[0])),
    weekdays,
    units,
    numbers: byLine(words['number-words'], 1),
    ordinals: byLine(words['quarter-ordinals'], 1),
    prepositions: new Set(words['time-prepositions']),
    futureMarkers: words['future-markers'].map((m) => m.split(/\s+/)),
    clauseBreaks: new Set(words['time-clause-breaks']),
    mayHoldTime: new RegExp(`\\d|\\b(?:${stems.join('|')})\\b`, 'i'),
  };
  cache.set(words, out);
  return out;
}
