/**
 * Measures two date parsers, and our own src/time/, on the issue-18 table (test/fixtures/time/expressions.ts): how many
 * expressions each finds with the right first day (truncated to the granularity the parser
 * reports, which is generous), and how long the whole table takes. The libraries are not
 * dependencies: install them elsewhere and pass that folder.
 *   mkdir /tmp/libs && (cd /tmp/libs && npm i chrono-node@2.10 compromise-dates@3.9 compromise@14)
 *   TZ=UTC npx tsx scripts/measure-date-libs.ts /tmp/libs/node_modules
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TIME_ROWS, type Granularity } from '../test/fixtures/time/expressions.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { compileTimeWords } from '../src/time/timeWords.js';
import { findTimes } from '../src/time/findTimes.js';

interface Found {
  index: number;
  text: string;
  start: string | null;
  end: string | null;
  granularity: Granularity;
}
type Parser = (sentence: string, published: string | null) => Found[];

const libs = process.argv[2];
if (!libs)
  throw new Error(
    'usage: measure-date-libs.ts <node_modules folder holding chrono-node and compromise-dates>',
  );
const req = createRequire(join(libs, 'x.js'));

const day = (d: Date): string => d.toISOString().slice(0, 10);
function truncate(iso: string, g: Granularity): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (g === 'year') return `${y}-01-01`;
  if (g === 'quarter') return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  if (g === 'month') return `${iso.slice(0, 7)}-01`;
  if (g === 'week') {
    const t = new Date(Date.UTC(y, m - 1, d));
    t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
    return day(t);
  }
  return iso;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const chrono = req('chrono-node');
const chronoParse: Parser = (s, pub) =>
  chrono.parse(s, pub ? new Date(`${pub}T12:00:00Z`) : new Date('2000-06-15T12:00:00Z')).map((r: any) => {
    const g: Granularity =
      r.start.isCertain('day') || r.start.isCertain('weekday')
        ? 'day'
        : r.start.isCertain('month')
          ? 'month'
          : 'year';
    return {
      index: r.index,
      text: r.text,
      start: truncate(day(r.start.date()), g),
      end: r.end ? day(r.end.date()) : null,
      granularity: g,
    };
  });

const cnlp = req('compromise');
cnlp.plugin(req('compromise-dates'));
const compromiseParse: Parser = (s, pub) =>
  cnlp(s)
    .dates({ today: pub ?? '2000-06-15', timezone: 'UTC' })
    .json({ offset: true })
    .map((r: any) => {
      const g: Granularity = (
        ['day', 'week', 'month', 'quarter', 'year'].includes(r.dates?.unit) ? r.dates.unit : 'day'
      ) as Granularity;
      const start = r.dates?.start ? r.dates.start.slice(0, 10) : null;
      const end = r.dates?.end ? r.dates.end.slice(0, 10) : null;
      return {
        index: r.offset?.start ?? 0,
        text: r.text,
        start,
        end: end === start ? null : end,
        granularity: g,
      };
    });
/* eslint-enable @typescript-eslint/no-explicit-any */

function measure(name: string, parse: Parser): void {
  let total = 0;
  let found = 0;
  let startOk = 0;
  let exact = 0;
  const t0 = performance.now();
  const results = TIME_ROWS.map(([s, pub]) => parse(s, pub));
  const ms = performance.now() - t0;
  TIME_ROWS.forEach(([s, pub, want], i) => {
    const got = results[i];
    if (want.length === 0) {
      total++;
      if (got.length === 0) {
        found++;
        startOk++;
        exact++;
      }
      return;
    }
    for (const [words, start, end, g] of want) {
      total++;
      const at = s.indexOf(words);
      const hit = got.find((f) => f.index < at + words.length && f.index + f.text.length > at);
      if (!hit) continue;
      found++;
      // an unknown publication date: the parser cannot know it, so finding the words is enough
      const relative = pub === null && start === null;
      if (relative || hit.start === start) startOk++;
      if (relative || (hit.start === start && hit.granularity === g && (end === null || hit.end === end)))
        exact++;
    }
  });
  const pct = (n: number): string => `${((100 * n) / total).toFixed(1)}%`;
  console.log(
    `${name}: ${total} items; found ${pct(found)}, first day right ${pct(startOk)}, ` +
      `day+end+granularity right ${pct(exact)}; ${ms.toFixed(0)} ms for ${TIME_ROWS.length} sentences`,
  );
}

const timeWords = compileTimeWords(loadLexicon().words);
const ownParse: Parser = (s, pub) =>
  findTimes(s, pub ?? undefined, timeWords).map((e) => ({
    index: e.start,
    text: e.text,
    start: e.date ?? null,
    end: e.dateEnd ?? null,
    granularity: e.granularity,
  }));

// warm-up, then measure
chronoParse('on Monday', '2019-09-18');
compromiseParse('on Monday', '2019-09-18');
measure('chrono-node', chronoParse);
measure('chrono-node (2nd run)', chronoParse);
measure('compromise-dates', compromiseParse);
measure('compromise-dates (2nd run)', compromiseParse);
measure('src/time (findTimes)', ownParse);
measure('src/time (2nd run)', ownParse);
