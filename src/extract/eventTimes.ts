/**
 * The event time of each relation (docs/event-time.md). Pure. The time expression of the evidence
 * sentence that governs the claim, nearest the trigger and preferring one in the same clause;
 * else the article's dateline date, else its publication date. Relative times resolve against
 * the publication date, else the dateline's.
 * Cost: findTimes runs only on the few sentences that hold a relation and on the opening
 * sentences (for a dateline), and skips a sentence with no date-like word after one regex test.
 */
import type { Article, Relation, TimeSource } from '../types.js';
import type { SentenceTokens } from '../entities/docTokens.js';
import { datelineEnd } from '../entities/datelineEnd.js';
import { findTimes } from '../time/findTimes.js';
import { compileTimeWords, type TimeWords } from '../time/timeWords.js';
import type { TimeExpression } from '../time/types.js';
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';

/** Sentences at the top where a dateline ("HALDEN, March 3, 2024 - ...") may open the story. */
const DATELINE_SENTENCES = 3;

interface Dateline {
  /** The sentence it opens and where its words end in that sentence. */
  sentence: number;
  end: number;
  time?: TimeExpression;
}

export function withEventTimes(
  article: Article,
  tokens: readonly SentenceTokens[],
  relations: Relation[],
  lx: CompiledLexicon,
): Relation[] {
  if (relations.length === 0) return relations;
  const words = compileTimeWords(lx.lexicon.words);
  const published = article.published?.slice(0, 10);
  const dateline = findDateline(tokens, published, words);
  const reference = published ?? dateline?.time?.date;
  const fallback = articleTime(published, dateline);
  const bySentence = new Map<number, TimeExpression[]>();
  return relations.map((rel) => {
    let times = bySentence.get(rel.sentence);
    if (!times) {
      times = findTimes(rel.evidence, reference, words);
      // the dateline's own date is the article's, not the sentence's
      if (dateline && dateline.sentence === rel.sentence)
        times = times.filter((t) => t.start >= dateline.end);
      bySentence.set(rel.sentence, times);
    }
    const time = governingTime(rel, times, words);
    if (time) return { ...rel, ...fields(time, 'sentence') };
    return fallback ? { ...rel, ...fallback } : rel;
  });
}

function fields(time: TimeExpression, source: TimeSource): Partial<Relation> {
  const out: Partial<Relation> = { granularity: time.granularity, timeText: time.text, timeSource: source };
  if (time.date) out.eventDate = time.date;
  if (time.dateEnd) out.eventEnd = time.dateEnd;
  out.expected = time.expected;
  return out;
}

/** The dateline's date, else the publication day; undefined when neither is known. */
function articleTime(
  published: string | undefined,
  dateline: Dateline | undefined,
): Partial<Relation> | undefined {
  if (dateline?.time?.date) return fields({ ...dateline.time, expected: false }, 'dateline');
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    return { eventDate: published, granularity: 'day', timeSource: 'publication', expected: false };
  }
  return undefined;
}

/** "HALDEN, March 3, 2024 - Norvex agreed ...": the dateline opening one of the first sentences, and its date. */
function findDateline(
  tokens: readonly SentenceTokens[],
  published: string | undefined,
  words: TimeWords,
): Dateline | undefined {
  for (const st of tokens.slice(0, DATELINE_SENTENCES)) {
    const k = datelineEnd(st);
    if (k === 0) continue;
    const end = st.tokens[k - 1].end - st.sentence.start;
    const time = findTimes(st.sentence.text.slice(0, end), published, words).find(
      (t) => t.granularity === 'day',
    );
    return { sentence: st.sentence.index, end, time };
  }
  return undefined;
}

/**
 * The time nearest the trigger, one in the trigger's clause first: in "Norvex, which bought Lumo in
 * 2016, said on Monday it would sell Qadira", BOUGHT takes 2016 and the sale takes Monday.
 */
function governingTime(rel: Relation, times: TimeExpression[], words: TimeWords): TimeExpression | undefined {
  if (times.length <= 1) return times[0];
  const text = rel.evidence;
  const at = Math.max(0, text.toLowerCase().indexOf(rel.trigger.toLowerCase()));
  const trigEnd = at + rel.trigger.length;
  let best: TimeExpression | undefined;
  let bestKey = Infinity;
  for (const t of times) {
    const [from, to] = t.start >= trigEnd ? [trigEnd, t.start] : [t.end, at];
    const between = text.slice(Math.min(from, to), Math.max(from, to));
    const distance = Math.abs(Math.max(from, to) - Math.min(from, to));
    const key = (crossesClause(between, words) ? 1e6 : 0) + distance;
    if (key < bestKey) [best, bestKey] = [t, key];
  }
  return best;
}

function crossesClause(between: string, words: TimeWords): boolean {
  if (/[,;:()]|\s[-–—]\s/.test(between)) return true;
  return between
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => words.clauseBreaks.has(w));
}
