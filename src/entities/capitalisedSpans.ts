/**
 * Capitalised name spans of one sentence (pure). A run of capitalised words is read as one name when it
 * ends in an institution's head word ("the Danish Supreme Court", "British Motors", "Borland Development
 * Bank", "Premier Club"); otherwise titles and nationality words split it ("Chilean Ambassador Lena
 * Varga" -> "Lena Varga").
 */
import { lexiconTags } from '../nlp.js';
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { SentenceTokens } from './docTokens.js';
import { longestMatch } from '../lexicon/phraseTrie.js';
import { ACRONYM_SKIP } from '../lexicon/acronymSkipWords.js';
import { wordSet } from '../lexicon/wordSet.js';

export interface Span {
  i: number;
  j: number;
}

/** Words that are not names, and title words that may still sit inside an institution's name. */
export interface NameWords {
  /** "the", "and", months, "said": never part of a name. */
  stop: ReadonlySet<string>;
  /** "President", "Chief", "Officer": a title before a name, or part of a name that ends in a head word. */
  titles: ReadonlySet<string>;
}

const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'SportsTeam',
]);
export const OPENERS = new Set(['"', '“', '‘', "'", '•', '-', '–', '—', '*', ':', '(', '[']);

export const isCommonWord = (lower: string): boolean => {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
};

type Kind = 'stop' | 'name' | 'soft';

/** "London-based", "Halden-owned", "state-run": a name joined to an English word by a hyphen. */
function hyphenedWord(text: string): boolean {
  const m = /-(\p{Ll}+)$/u.exec(text);
  if (!m) return false;
  return /(?:ed|ing|run|led)$/.test(m[1]) || lexiconTags(m[1]).length > 0;
}

/** Does the word end an institution's name ("Qadira Holdings", "the Borland Competition Authority")? */
export function isHeadWord(lower: string, lx: CompiledLexicon): boolean {
  const head = (w: string): boolean =>
    lx.words['org-head-words'].has(w) || lx.words['government-head-words'].has(w);
  // "the Borland and Halden Fisheries Departments"
  return head(lower) || (lower.endsWith('s') && head(lower.slice(0, -1)));
}

/** A name word that starts with a digit: "9-Sixty", "4X", "3M", "77th" (before a name: "the 77th Legion"). */
export const DIGIT_LED = /^\p{N}+(?:-?\p{Lu}[\p{L}\p{N}-]*|st|nd|rd|th)$/u;

/** A cheap test before DIGIT_LED, which would otherwise run on every lower-case word. */
export const startsWithDigit = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** "Supporters' Trust": an apostrophe that closes a plural possessive, not a quotation mark. */
function closingPossessive(st: SentenceTokens, k: number): boolean {
  const before = st.tokens[k - 1];
  return /^['’]$/.test(st.tokens[k].text) && before?.end === st.tokens[k].start && /s$/.test(before.lower);
}

function tokenKind(
  st: SentenceTokens,
  k: number,
  claimed: boolean[],
  lx: CompiledLexicon,
  nw: NameWords,
): Kind {
  const t = st.tokens[k];
  if (!t.cap && startsWithDigit(t.text) && DIGIT_LED.test(t.text) && !claimed[k]) {
    const ordinal = /\p{Ll}$/u.test(t.text);
    return !ordinal || st.tokens[k + 1]?.cap ? 'name' : 'stop';
  }
  if (!t.word || !t.cap || claimed[k]) return 'stop';
  // "Economist Tom Hale", "Economist Ana Ruiz": an adherent or trade before a name
  if (/ists?$/.test(t.lower) && st.tokens[k + 1]?.cap && !lexiconTags(t.lower).some((x) => NAME_TAGS.has(x)))
    return 'soft';
  if (hyphenedWord(t.text)) return 'stop'; // "Chinese-owned", "London-based", not "Kao Ming-tse"
  // "a bid of Rs 18,000 crore", "Dh 500": a short currency sign before an amount is no name
  if (/^\p{Lu}\p{Ll}{1,2}\.?$/u.test(t.text) && /^\p{N}/u.test(st.tokens[k + 1]?.text ?? '')) return 'stop';
  const bare = t.lower.replace(/\.$/, '');
  if (nw.titles.has(t.lower) || nw.titles.has(bare)) return 'soft';
  // "US" and "UK" are countries and nationalities: a country not claimed is inside a name ("Norvex UK")
  if (lx.demonyms.has(t.lower) && longestMatch(lx.countries, st.lowers, k)?.end !== k + 1) return 'soft';
  if (nw.stop.has(t.lower)) return 'stop';
  const initial = k === 0 || (OPENERS.has(st.tokens[k - 1].text) && !closingPossessive(st, k - 1));
  // "Team Borland had to rebuild": a country's team starts the sentence
  const team = t.lower === 'team' && longestMatch(lx.countries, st.lowers, k + 1) !== undefined;
  // "Marks & Hale said", "Seven & k said": a common word that opens a name joined by "&"
  const ampersand = st.lowers[k + 1] === '&' && /^(?:\p{Lu}|\p{Ll}$)/u.test(st.tokens[k + 2]?.text ?? '');
  // "Royal Bank of Halden said", "National Grid raised": a common word before a capitalised head word
  const headed = st.tokens[k + 1]?.cap === true && isHeadWord(st.lowers[k + 1], lx);
  if (initial && isCommonWord(t.lower) && !team && !ampersand && !headed) return 'stop';
  // "Retailer Qadira Holdings said": a capitalised descriptor at the start is not part of the name
  if (initial && (lx.words['org-descriptors'].has(t.lower) || lx.words['product-descriptors'].has(t.lower)))
    return 'stop';
  return 'name';
}

/**
 * The end of the run of name-like tokens starting at i: words, "&", and "of"/"for"/"on" (+ "the") after
 * a head word ("Bank of Borland", "Council for the Protection of Wetlands", "Council on Borland Relations").
 */
function runEnd(kinds: Kind[], st: SentenceTokens, i: number, lx: CompiledLexicon): number {
  const { lowers } = st;
  let j = i + 1;
  let extended = false; // "Council for the Protection of Wetlands": a second "of" once the name goes on
  const isName = (k: number): boolean => kinds[k] !== undefined && kinds[k] !== 'stop';
  // ")" + 1 after one to three name words, not an acronym alone ("Qadira Party (QP)" is an alias)
  const bracketEnd = (open: number): number => {
    let k = open + 1;
    while (k < open + 4 && st.tokens[k]?.cap && !/^[\p{Lu}\p{N}]+$/u.test(st.tokens[k].text)) k++;
    return k > open + 1 && lowers[k] === ')' ? k + 1 : 0;
  };
  for (;;) {
    if (j < kinds.length && kinds[j] !== 'stop') {
      j++;
      continue;
    }
    const w = lowers[j];
    // "Banco do Halden", "Banco do Borland": a lower-case particle between name words
    if (PARTICLES.has(w) && kinds[j + 1] === 'name' && kinds[j - 1] === 'name') {
      j += 2;
      continue;
    }
    // "K. Arun Pillai", "J. Hollis Halden": an initial and its dot
    if (w === '.' && /^\p{Lu}$/u.test(st.tokens[j - 1].text) && kinds[j + 1] === 'name') {
      j += 2;
      continue;
    }
    const afterHead =
      lx.words['government-lead-words'].has(lowers[j - 1]) ||
      isHeadWord(lowers[j - 1], lx) ||
      (extended && w === 'of');
    if (w === '&' && kinds[j + 1] !== undefined && kinds[j + 1] !== 'stop') {
      j += 2;
    } else if (w === '&' && /^\p{Ll}$/u.test(st.tokens[j + 1]?.text ?? '')) {
      j += 2; // "Lumen & k Holdings", "Lumen & k said": a lone lower-case letter after "&" is a name's
    } else if (w === ',' && j === i + 1 && isName(j + 1) && lowers[j + 2] === '&' && isName(j + 3)) {
      j += 4; // "Clayton, Varga & Hale": a firm of partners' names
    } else if ((w === "'" || w === '’') && /s$/.test(lowers[j - 1]) && isName(j + 1)) {
      // "the Halden Rovers Supporters' Trust": a plural possessive inside a name ending in a head word
      const end = runEnd(kinds, st, j + 1, lx);
      if (!isHeadWord(lowers[end - 1], lx)) break;
      j = end;
    } else if (w === '(' && isHeadWord(lowers[j - 1], lx) && bracketEnd(j) > 0) {
      j = bracketEnd(j); // "Janata Party (Secular)": a name's bracketed qualifier
    } else if ((w === 'of' || w === 'for' || w === 'on') && afterHead) {
      const k = lowers[j + 1] === 'the' ? j + 2 : j + 1;
      if (k < kinds.length && kinds[k] !== 'stop') {
        j = k + 1;
        extended = true;
      } else break;
    } else break;
  }
  return j;
}

/** The index of a span's last word before a bracketed qualifier: "Marvo Party (Secular)" -> "Party". */
export function lastWordOf(lowers: readonly string[], j: number): number {
  return lowers[j - 1] === ')' ? lowers.lastIndexOf('(', j - 1) - 1 : j - 1;
}

/**
 * Is the run [i, j) an institution's name: does it end in a head word, with another word before it
 * ("Qadira Holdings"), or go on from one ("Council for the Protection of Wetlands", "Bank of Borland")?
 */
function headEnded(st: SentenceTokens, i: number, j: number, lx: CompiledLexicon): boolean {
  if (j - i < 2) return false;
  if (isHeadWord(st.lowers[lastWordOf(st.lowers, j)], lx)) return true;
  for (let k = i + 1; k < j - 1; k++) {
    const w = st.lowers[k];
    if ((w === 'of' || w === 'for' || w === 'on') && isHeadWord(st.lowers[k - 1], lx)) return true;
  }
  return false;
}

/**
 * "the Tariffs and Quotas Commission", "Department of Trade and Public Works Management": a run that
 * follows "the" or holds "of" joins "and" + a run ending in a head word, unless it is a name of its own
 * ending in a head word ("Norvex Bank and Qadira Holdings" are two).
 */
function joinsAnd(st: SentenceTokens, i: number, j: number, kinds: Kind[], lx: CompiledLexicon): number {
  const { lowers } = st;
  if (lowers[j] !== 'and' || kinds[j + 1] === undefined || kinds[j + 1] === 'stop') return j;
  if (isHeadWord(lowers[j - 1], lx)) return j;
  const led = lowers[i - 1] === 'the' || lowers.slice(i, j).includes('of');
  if (!led) return j;
  const end = runEnd(kinds, st, j + 1, lx);
  return isHeadWord(lowers[end - 1], lx) ? end : j;
}

/** Capitalised spans not already claimed by the gazetteer or a country. */
export function capitalisedSpans(
  st: SentenceTokens,
  claimed: boolean[],
  lx: CompiledLexicon,
  nw: NameWords,
): Span[] {
  const kinds = st.tokens.map((_, k) => tokenKind(st, k, claimed, lx, nw));
  const spans: Span[] = [];
  const defined = acronymDefinitions(st, claimed);
  let i = 0;
  while (i < kinds.length) {
    const d = defined.find((x) => x.i === i);
    if (d) {
      spans.push(d);
      i = d.j;
      continue;
    }
    if (kinds[i] === 'stop') {
      i++;
      continue;
    }
    const j = joinsAnd(st, i, runEnd(kinds, st, i, lx), kinds, lx);
    if (headEnded(st, i, j, lx)) spans.push({ i, j });
    else {
      const start = personStart(st, kinds, i, j, lx, nw);
      if (start > i && isHeadWord(st.lowers[start - 1], lx)) spans.push({ i, j: start });
      pushSplitAtTitles(kinds, start, j, spans, st, lx);
    }
    const last = spans.at(-1);
    if (last && last.j === j && takesCollective(st, j)) last.j = j + 1;
    i = j;
  }
  return spans;
}

/** Lower-case particles inside Portuguese, Spanish, Dutch, German, French and Arabic names. */
export const PARTICLES = wordSet('name-particles');

/**
 * Names that an acronym in brackets defines, whatever their words: "the Borland Union of Rationalist
 * Taxpayers (BURT)", "Partido 9 Vientos (P9V)". The words' initials (digits too) spell the acronym.
 */
function acronymDefinitions(st: SentenceTokens, claimed: boolean[]): Span[] {
  const { tokens } = st;
  const out: Span[] = [];
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (tokens[p].text !== '(' || tokens[p + 2].text !== ')') continue;
    const acronym = tokens[p + 1].text;
    if (!/^[\p{Lu}\d&]{2,8}$/u.test(acronym) || !/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
    const letters = acronym.replace(/&/g, '').toLowerCase();
    let need = letters.length - 1;
    let k = p - 1;
    while (k >= 0 && need >= 0 && !claimed[k]) {
      const t = tokens[k];
      if (t.word && (t.cap || /^\p{N}/u.test(t.text)) && t.lower[0] === letters[need]) need--;
      else if (!ACRONYM_SKIP.has(t.lower)) break;
      k--;
    }
    if (need >= 0) continue;
    let a = k + 1;
    while (a < p && ACRONYM_SKIP.has(tokens[a].lower)) a++;
    if (p - a >= 2) out.push({ i: a, j: p });
  }
  return out;
}

/**
 * "the Varsen family", "the founding Halden family": a family named by the lower-case noun after the
 * name is one organisation.
 */
function takesCollective(st: SentenceTokens, j: number): boolean {
  const w = st.lowers[j];
  return w === 'family';
}

/**
 * Where a person's name starts in a run that an institution's name or an office runs into: "the
 * Harbour Council Lena Varga said" (after the head word, when two or three name words follow),
 * "Minister of Fisheries Lena Varga" (after the office: the last two words). Returns i when the run
 * is one name.
 */
function personStart(
  st: SentenceTokens,
  kinds: Kind[],
  i: number,
  j: number,
  lx: CompiledLexicon,
  nw: NameWords,
): number {
  const titled = (k: number): boolean => /^\p{Lu}\p{Ll}/u.test(st.tokens[k].text) && kinds[k] === 'name';
  const personAt = (a: number): boolean =>
    j - a >= 2 && j - a <= 3 && st.lowers.slice(a, j).every((_, n) => titled(a + n));
  if (st.lowers[i - 1] === 'of' && nw.titles.has(st.lowers[i - 2] ?? '') && j - i >= 3 && personAt(j - 2))
    return j - 2;
  for (let h = i + 1; h < j - 2; h++) {
    if (isHeadWord(st.lowers[h], lx) && personAt(h + 1)) return h + 1;
  }
  return i;
}

const PERSON_OR_PLACE = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'Honorific',
  'Place',
  'Country',
  'City',
  'Region',
]);

/**
 * "the Borlish Marvo Kelden": after "the", a nationality word and one or two name words that start no
 * person's name and name no place are one body's name (not "the Borlish Ana Ruiz").
 */
function nationalBody(kinds: Kind[], i: number, j: number, st: SentenceTokens, lx: CompiledLexicon): boolean {
  if (st.lowers[i - 1] !== 'the' || kinds[i] !== 'soft' || !lx.demonyms.has(st.lowers[i])) return false;
  if (j - i < 2 || j - i > 3) return false;
  for (let k = i + 1; k < j; k++) {
    if (kinds[k] !== 'name' || !/^\p{Lu}\p{Ll}/u.test(st.tokens[k].text)) return false;
    if (lexiconTags(st.lowers[k]).some((x) => PERSON_OR_PLACE.has(x))) return false;
  }
  return true;
}

/** A run that is no institution's name, split at its titles and nationality words. */
function pushSplitAtTitles(
  kinds: Kind[],
  i: number,
  j: number,
  out: Span[],
  st: SentenceTokens,
  lx: CompiledLexicon,
): void {
  // "Nordic American Tankers": a nationality word between two name words is part of the name
  for (let k = i + 1; k < j - 1; k++)
    if (
      kinds[k] === 'soft' &&
      kinds[k - 1] === 'name' &&
      kinds[k + 1] === 'name' &&
      lx.demonyms.has(st.lowers[k])
    )
      kinds[k] = 'name';
  if (nationalBody(kinds, i, j, st, lx)) {
    out.push({ i, j });
    return;
  }
  // "Seven & k": a lone letter after "&" ends the name, it is no connector
  const connector = (k: number): boolean =>
    kinds[k] === 'stop' && !(st.lowers[k - 1] === '&' && /^\p{Ll}$/u.test(st.tokens[k].text));
  let a = i;
  while (a < j) {
    while (a < j && kinds[a] !== 'name') a++;
    let b = a;
    while (b < j && kinds[b] !== 'soft') b++;
    let e = b;
    while (e > a && connector(e - 1)) e--; // no "of" or "&" at the edge
    // "Trade Minister Ana Ruiz", "District Judge Tom Hale": a common word before a title is its portfolio
    // ("Industry Secretary Ana Ruiz": a portfolio word compromise does not know, data/lexicon/portfolios.txt)
    const office = isCommonWord(st.lowers[a]) || portfolioBefore(st, a, lx);
    const portfolio = e === a + 1 && kinds[e] === 'soft' && b === e && office;
    if (e > a && !portfolio) out.push({ i: a, j: e });
    a = b;
  }
}

/** Is token a a portfolio word before a government title ("Industry Secretary", "Energy Minister")? */
function portfolioBefore(st: SentenceTokens, a: number, lx: CompiledLexicon): boolean {
  return lx.words.portfolios.has(st.lowers[a]) && lx.words['government-titles'].has(st.lowers[a + 1] ?? '');
}
