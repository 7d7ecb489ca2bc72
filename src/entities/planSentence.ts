/**
 * Pass 1 of entity recognition for one sentence, before any voting (pure): gazetteer matches, capitalised
 * spans with the type cues around them, and whether the sentence is worth a compromise parse. Kept apart
 * from the voting so a document's candidate sentences can share one parse (see nlpEntitySpansBatch).
 */
import { lexiconTags } from '../nlp.js';
import type { EntityType } from '../types.js';
import type { CompiledLexicon, KnownName } from '../lexicon/compileLexicon.js';
import type { SentenceTokens } from './docTokens.js';
import { longestMatch, type PhraseTrie } from '../lexicon/phraseTrie.js';
import { hasTriggerPhrase } from '../lexicon/hasTriggerPhrase.js';
import { datelineEnd } from './datelineEnd.js';
import {
  capitalisedSpans,
  isCommonWord,
  isHeadWord,
  lastWordOf,
  type NameWords,
  type Span,
} from './capitalisedSpans.js';
import { wordSet } from '../lexicon/wordSet.js';

export type { Span } from './capitalisedSpans.js';

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);

function phraseEndsAt(trie: PhraseTrie<true>, lowers: readonly string[], end: number, maxLen = 4): boolean {
  for (let s = Math.max(0, end - maxLen); s < end; s++) {
    const m = longestMatch(trie, lowers, s);
    if (m && m.end === end) return true;
  }
  return false;
}

function phraseAt(trie: PhraseTrie<true>, lowers: readonly string[], at: number): number {
  return longestMatch(trie, lowers, at)?.end ?? -1;
}

/**
 * "Borland's" before what: a state body ("Borland's competition regulator", "Borland's president") makes
 * it the government; a company or anything else ("Borland's Ostwerk", "Borland's biggest bank") the place.
 */
function possessedRole(st: SentenceTokens, k: number, lx: CompiledLexicon): EntityType {
  return possessedGovernmentEnd(st, k, lx) > 0 ? 'Government' : 'Place';
}

/** The end of the state body after "Borland's" at k ("Borland's trade ministry" -> after "ministry"), else -1. */
export function possessedGovernmentEnd(st: SentenceTokens, k: number, lx: CompiledLexicon): number {
  const W = lx.words;
  for (let m = k; m < Math.min(st.tokens.length, k + 4); m++) {
    const t = st.tokens[m];
    if (!t.word || (t.cap && m === k && !W['government-titles'].has(t.lower))) break;
    if (
      W['government-descriptors'].has(t.lower) ||
      W['government-head-words'].has(t.lower) ||
      W['government-titles'].has(t.lower)
    )
      return m + 1;
  }
  return -1;
}

/** Is the name at [i, j) a premodifier inside a noun phrase ("US operations")? Returns the country role. */
export function countryRole(
  st: SentenceTokens,
  i: number,
  j: number,
  lx: CompiledLexicon,
): EntityType | undefined {
  const prev = st.lowers[i - 1];
  const next = st.lowers[j];
  const nextTok = st.tokens[j];
  if (next === "'s" || next === '’s') return possessedRole(st, j + 1, lx);
  // "cleared by Borland", not "led by Borland private equity firm Qadira" (a premodifier)
  const premodifier =
    nextTok?.word === true &&
    !nextTok.cap &&
    !lx.words.prepositions.has(next) &&
    !lx.words.auxiliaries.has(next) &&
    next !== 'and' &&
    next !== 'or';
  if (prev === 'by' && !premodifier) return 'Government';
  // "an office in China last year"
  if (prev !== undefined && lx.words.prepositions.has(prev) && prev !== 'from') return 'Place';
  // "China has banned", "China updated its rules"
  if (next !== undefined && (lx.words.auxiliaries.has(next) || /^\p{Ll}+ed$/u.test(nextTok.text))) {
    return 'Government';
  }
  const terminal =
    nextTok === undefined ||
    !nextTok.word ||
    lx.words.prepositions.has(next) ||
    next === 'and' ||
    next === 'or';
  if (terminal || lx.words.auxiliaries.has(next)) return 'Place';
  return undefined;
}

/** Does a country's name end at token k (exclusive)? */
function countryEndsAt(st: SentenceTokens, k: number, lx: CompiledLexicon): boolean {
  for (let a = Math.max(0, k - 3); a < k; a++)
    if (longestMatch(lx.countries, st.lowers, a)?.end === k) return true;
  return false;
}

/**
 * Does the span end in a central bank's head ("Borland Central Bank"), or stand in apposition with
 * one ("the central bank, Banque de Norvex," / "Banque de Norvex, the central bank,")?
 */
function centralBank(lowers: readonly string[], s: Span, lx: CompiledLexicon): boolean {
  const trie = lx.phrases['central-banks'];
  if (s.j - s.i >= 3 && phraseEndsAt(trie, lowers, s.j, 2)) return true;
  if (lowers[s.i - 1] === ',' && phraseEndsAt(trie, lowers, s.i - 1, 2)) return true;
  if (lowers[s.j] !== ',') return false;
  const k = /^(the|its)$/.test(lowers[s.j + 1] ?? '') ? s.j + 2 : s.j + 1;
  return (longestMatch(trie, lowers, k)?.end ?? -1) > k;
}

/** Type votes for one capitalised span from the words around and inside it. */
function classifySpan(
  st: SentenceTokens,
  s: Span,
  lx: CompiledLexicon,
  leadTitles: PhraseTrie<true>,
  knownOrgEnds: ReadonlySet<number>,
): [EntityType, number][] {
  const { lowers, tokens } = st;
  const out: [EntityType, number][] = [];
  const n = s.j - s.i;
  const first = lowers[s.i];
  const lastWord = lowers[lastWordOf(lowers, s.j)]; // "Marvo Party (Secular)": "party"
  // "Fisheries Departments" ends like "Security Department"
  const listed = lx.words['org-head-words'].has(lastWord) || lx.words['government-head-words'].has(lastWord);
  const last = !listed && isHeadWord(lastWord, lx) ? lastWord.slice(0, -1) : lastWord;
  const prev = lowers[s.i - 1];
  const next = lowers[s.j];
  const W = lx.words;
  // "Ratan K. Marlow": an initial's dot is no word of the name
  const words = tokens.slice(s.i, s.j).filter((t) => t.word).length;
  const personSized = words >= 2 && words <= 3;

  if (n >= 2 && W['corporate-suffixes'].has(last)) out.push(['Organization', 3]); // "Norvex Inc"
  // "Council for the Protection of Wetlands", "Borland Institute of Mining": the head word before "of"
  for (let k = s.i + 1; k < s.j - 1; k++) {
    if (lowers[k] !== 'of' && lowers[k] !== 'for' && lowers[k] !== 'on') continue;
    if (W['government-head-words'].has(lowers[k - 1])) out.push(['Government', 3]);
    else if (W['org-head-words'].has(lowers[k - 1])) out.push(['Organization', 3]);
    break;
  }
  if (n >= 2 && W['org-head-words'].has(last)) out.push(['Organization', 3]); // "Qadira Holdings"
  if (n >= 2 && W['org-lead-words'].has(first)) out.push(['Organization', 3]); // "Banco Halden"
  // "Marlow have a new owner": one name with a plural verb is a team or firm, not coordinated ("Tom and Ana have")
  const coordinated = prev === 'and' || prev === 'or' || prev === ',' || next === ',';
  const worded = /^\p{Lu}\p{Ll}/u.test(tokens[s.i].text); // not "IDD are" (an acronym of a thing)
  if (n === 1 && worded && W['plural-verbs'].has(next) && !coordinated && !/s$/.test(first))
    out.push(['Organization', 3]);
  if (n >= 2 && (W['government-head-words'].has(last) || W['government-lead-words'].has(first)))
    out.push(['Government', 3]);
  // "the Borland Central Bank", "the central bank, Banque de Norvex,": a monetary regulator, not a lender
  if (centralBank(lowers, s, lx)) out.push(['Government', 4]);
  // "Mr Hale", "President Tom Hale"
  if (n <= 3 && phraseEndsAt(lx.phrases['person-titles'], lowers, s.i, 2)) out.push(['Person', 3]);
  // "chief executive Ana Ruiz", "CEO Ana Ruiz"
  if (personSized && phraseEndsAt(leadTitles, lowers, s.i)) out.push(['Person', 2]);
  // "Ana Ruiz, chief executive of ...", "Ana Ruiz, the former CEO"
  if (personSized && next === ',') {
    let k = s.j + 1;
    while (
      k < lowers.length &&
      (lowers[k] === 'the' || lowers[k] === 'a' || W['former-markers'].has(lowers[k]))
    )
      k++;
    if (phraseAt(leadTitles, lowers, k) > 0 || phraseAt(lx.phrases['person-titles'], lowers, k) > 0)
      out.push(['Person', 2]);
  }
  // "Ana Ruiz said", "said Ana Ruiz"
  if (personSized && (W['speech-verbs'].has(next) || W['speech-verbs'].has(prev))) out.push(['Person', 1.5]);
  if (personSized && lexiconTags(first).some((t) => FIRST_NAME_TAGS.has(t))) out.push(['Person', 3]);
  // "Kiran N. Marlow": a middle initial between two name words
  const middleInitial = n === 4 && /^\p{Lu}$/u.test(tokens[s.i + 1].text) && tokens[s.i + 2].text === '.';
  if (middleInitial && /^\p{Lu}\p{Ll}/u.test(tokens[s.i].text)) out.push(['Person', 3]);
  // "K. Ravi Marlow", "T. Halden": a leading initial before one or two name words
  const leadingInitial =
    (n === 3 || n === 4) &&
    /^\p{Lu}$/u.test(tokens[s.i].text) &&
    tokens[s.i + 1].text === '.' &&
    tokens.slice(s.i + 2, s.j).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text));
  if (leadingInitial) out.push(['Person', 3]);
  // "US tech firm Norvex", "retail giant Felder", "Chinese owner Qadira"
  for (let k = s.i - 1; k >= Math.max(0, s.i - 4); k--) {
    const t = tokens[k];
    if (!t.word || t.cap) break;
    // "the regulator fined Norvex", "sued the administration and accused Norvex", "the head office
    // of the business would be in Marlow": a descriptor before "and", before a verb whose object the
    // name is, or before another preposition than "of" ("owner of X") and "by" ("a group led by X")
    // describes another noun
    if (t.lower === 'and' || t.lower === 'or' || W.auxiliaries.has(t.lower)) break;
    if (W.prepositions.has(t.lower) && t.lower !== 'of' && t.lower !== 'by') break;
    if (k === s.i - 1 && /ed$/.test(t.lower)) break;
    if (W['org-descriptors'].has(t.lower)) {
      out.push(['Organization', 1.5]);
      break;
    }
    if (W['product-descriptors'].has(t.lower)) {
      out.push(['Product', 2]);
      break;
    }
    // "the financial regulator BFA", "competition watchdog Halden Authority"
    if (W['government-descriptors'].has(t.lower)) {
      out.push(['Government', 1.5]);
      break;
    }
  }
  // "the state of Varnia", "the Varnia state government": a sub-national government
  const unit = W['subnational-units'];
  const the = lowers[s.i - 3] === 'the' || (lx.demonyms.has(lowers[s.i - 3]) && lowers[s.i - 4] === 'the');
  if (lowers[s.i - 1] === 'of' && unit.has(lowers[s.i - 2]) && the) out.push(['Government', 3]);
  if (next !== undefined && unit.has(next) && lowers[s.j + 1] === 'government') out.push(['Government', 3]);
  // "Norvex India", "Air Borland": a name word before a country names a company
  if (n >= 2 && countryEndsAt(st, s.j, lx) && !longestMatch(lx.countries, lowers, s.i))
    out.push(['Organization', 2]);
  // "Borland's Ostwerk": a name owned by a country is a company's
  if ((prev === "'s" || prev === '’s') && s.i >= 2 && countryEndsAt(st, s.i - 1, lx))
    out.push(['Organization', 1.5]);
  // "the Lumo app", "its Lumo service", "the Lumo Viewer 3 (LV3) browser"
  const descriptorAt = next === '(' && lowers[s.j + 2] === ')' ? s.j + 3 : s.j;
  const descriptor = lowers[descriptorAt];
  const product =
    descriptor !== undefined && W['product-descriptors'].has(descriptor) && !tokens[descriptorAt].cap;
  if (product) out.push(['Product', 2]);
  // "Microsoft Lumo": a word or two right after a known company's name is its product
  if (knownOrgEnds.has(s.i) && n <= 2 && !isHeadWord(last, lx) && !W['corporate-suffixes'].has(last))
    out.push(['Product', 3]);
  // "Norvex's chief executive", "Norvex CEO Ana Ruiz"
  const afterPoss = next === "'s" || next === '’s' ? s.j + 1 : s.j;
  if (phraseAt(leadTitles, lowers, afterPoss) > 0) out.push(['Organization', 2]);
  if (phraseAt(lx.phrases['org-after-cues'], lowers, afterPoss) > 0) out.push(['Organization', 1.5]);
  // "Halden-Marlow, whose chief executive Ana Ruiz ...": a leader's title after "whose"
  if (next === ',' && lowers[s.j + 1] === 'whose' && phraseAt(leadTitles, lowers, s.j + 2) > 0)
    out.push(['Organization', 2]);
  // "shares of Norvex", "rival Norvex", "chief executive of Norvex"
  if (phraseEndsAt(lx.phrases['org-before-cues'], lowers, s.i)) out.push(['Organization', 2]);
  if (prev !== undefined && /-based$/.test(prev)) out.push(['Organization', 2]);
  // "Ana Ruiz, CEO, Norvex, said"
  if (
    prev === ',' &&
    s.i >= 3 &&
    lowers[s.i - 3] === ',' &&
    phraseAt(leadTitles, lowers, s.i - 2) === s.i - 1
  ) {
    out.push(['Organization', 2]);
  }
  // "Norvex, which makes ..."
  if (next === ',' && lowers[s.j + 1] === 'which') out.push(['Organization', 1]);
  // "the Borland Union of Rationalist Taxpayers (BURT)": a name that defines an acronym
  if (
    n >= 2 &&
    !product &&
    next === '(' &&
    /^[\p{Lu}\d&]{2,8}$/u.test(tokens[s.j + 1]?.text ?? '') &&
    lowers[s.j + 2] === ')'
  )
    out.push(['Organization', 2]);
  // "Norvex (NASDAQ: NVX)"
  if (next === '(' && EXCHANGES.has(lowers[s.j + 1] ?? '')) out.push(['Organization', 3]);
  // compromise's lexicon: "Walmart" is an Organization, "Singapore" a Country
  const phraseTags = lexiconTags(lowers.slice(s.i, s.j).join(' '));
  if (phraseTags.includes('Organization')) out.push(['Organization', 1]);
  if (phraseTags.some((t) => PLACE_TAGS.has(t))) out.push(['Place', 1]);
  if (n === 1 && phraseTags.includes('LastName')) out.push(['Person', 0.5]);
  return out;
}

export function stripLegalSuffix(st: SentenceTokens, s: Span, lx: CompiledLexicon): Span {
  let j = s.j;
  while (j - s.i >= 2 && (lx.words['corporate-suffixes'].has(st.lowers[j - 1]) || st.lowers[j - 1] === ','))
    j--;
  // "Halden Media Corporation" -> "Halden News", but "Media Corporation" stays whole: one common word is no name
  const one = st.lowers[s.i];
  if (j - s.i === 1 && j < s.j && (isHeadWord(one, lx) || isCommonWord(one))) return s;
  return { i: s.i, j };
}

export const spanText = (st: SentenceTokens, i: number, j: number, text: string): string =>
  text.slice(st.tokens[i].start, st.tokens[j - 1].end);

export function knownMatch(
  st: SentenceTokens,
  i: number,
  trie: PhraseTrie<KnownName>,
): { end: number; known: KnownName } | undefined {
  const t = st.tokens[i];
  if (!t.cap) return undefined;
  const m = longestMatch(trie, st.lowers, i);
  if (!m) return undefined;
  const surface = st.tokens
    .slice(i, m.end)
    .map((x) => x.text)
    .join(' ');
  const known = m.values.find((v) => v.exactCase === undefined || v.exactCase === surface);
  if (known && cityNotState(st, i, known, surface)) return undefined;
  return known ? { end: m.end, known } : undefined;
}

/** Words before a place that a government named by its capital cannot follow as an actor. */
const LOCATIVES = wordSet('locative-prepositions');
/** Stock exchanges before a ticker: "Norvex (NASDAQ: NVX)". */
const EXCHANGES = wordSet('stock-exchanges');

/**
 * "the talks in Marlow", "arrived in Marlow": a capital that names its government ("Marlow said") is
 * the city after a locative preposition.
 */
function cityNotState(st: SentenceTokens, i: number, known: KnownName, surface: string): boolean {
  return known.type === 'Government' && known.canonical === surface && LOCATIVES.has(st.lowers[i - 1] ?? '');
}

/**
 * Is the country (or capital) at [i, j) part of an institution's name? "Peru Export Bank", "US
 * National Park Service" (a capitalised run after it ends in a head word); "Bank of Borland", "Government
 * of Borland" (after "<head word> of").
 */
function insideName(
  st: SentenceTokens,
  i: number,
  j: number,
  lx: CompiledLexicon,
  nw: NameWords,
  claimed: boolean[],
): boolean {
  const { tokens, lowers } = st;
  if (i >= 2 && lowers[i - 1] === 'of' && tokens[i - 2].cap && isHeadWord(lowers[i - 2], lx)) return true;
  if (headRunAfter(st, j, lx)) return true;
  // "Norvex India", "Air Borland": a name word right before the country, unless the country
  // modifies the noun after it ("Norvex's US data", "Norvex UK operations")
  if (modifiesNounAfter(st, j, lx)) return false;
  const prev = tokens[i - 1];
  if (nationalTeam(st, i - 1)) return true; // "Team Borland", a country's sports team
  if (
    prev?.word &&
    prev.cap &&
    !claimed[i - 1] &&
    !nw.stop.has(prev.lower) &&
    !nw.titles.has(prev.lower) &&
    !lx.demonyms.has(prev.lower) &&
    !/-\p{Ll}/u.test(prev.text) &&
    (i - 1 > 0 || !isCommonWord(prev.lower))
  )
    return true;
  return false;
}

/** "Team Borland won gold": capitalised "Team" before a country names the country's team. */
export function nationalTeam(st: SentenceTokens, k: number): boolean {
  return st.lowers[k] === 'team' && st.tokens[k]?.cap === true;
}

/**
 * Does a run of capitalised words from j end in a head word? Then the known name or country before it
 * is part of a longer name: "Peru Export Bank", "Norvex News" (Norvex in the gazetteer).
 */
function headRunAfter(st: SentenceTokens, j: number, lx: CompiledLexicon): boolean {
  const { tokens, lowers } = st;
  let k = j;
  while (k < tokens.length && tokens[k].word && tokens[k].cap && !lx.words['non-name-words'].has(lowers[k]))
    k++;
  return k > j && isHeadWord(lowers[k - 1], lx);
}

/** "the US Commerce Department": a state body's name starts at the country or nationality word before it. */
function nationalStart(
  st: SentenceTokens,
  i: number,
  type: EntityType,
  lx: CompiledLexicon,
  claimed: boolean[],
): number {
  if (type !== 'Government' || i === 0 || claimed[i - 1] || !st.tokens[i - 1].cap) return i;
  const prev = st.lowers[i - 1];
  return lx.demonyms.has(prev) || longestMatch(lx.countries, st.lowers, i - 1)?.end === i ? i - 1 : i;
}

export interface SentencePlan {
  st: SentenceTokens;
  /** Gazetteer matches, voted before the capitalised spans of the same sentence. */
  known: { canonical: string; surface: string; type: EntityType; known: KnownName }[];
  spans: Span[];
  votes: [EntityType, number][][];
  /** Two name candidates, one of them an untyped capitalised span, AND a whole trigger phrase: only then is compromise worth its parse. */
  needsParse: boolean;
}

/** Pass 1 for one sentence, without voting: gazetteer matches, capitalised spans and their cues. */
export function planSentence(
  st: SentenceTokens,
  text: string,
  lx: CompiledLexicon,
  nameWords: NameWords,
  leadTitles: PhraseTrie<true>,
): SentencePlan | undefined {
  if (st.titleCase) return undefined;
  const known: SentencePlan['known'] = [];
  const claimed: boolean[] = new Array(st.tokens.length).fill(false);
  const knownOrgEnds = new Set<number>();
  const dateline = datelineEnd(st);
  for (let i = 0; i < dateline; i++) claimed[i] = true;
  for (let i = dateline; i < st.tokens.length; i++) {
    const k = knownMatch(st, i, lx.names);
    const c = st.tokens[i].cap ? longestMatch(lx.countries, st.lowers, i) : undefined;
    if (k && (!c || k.end >= c.end) && !headRunAfter(st, k.end, lx)) {
      known.push({
        canonical: k.known.canonical,
        surface: spanText(st, nationalStart(st, i, k.known.type, lx, claimed), k.end, text),
        type: k.known.type,
        known: k.known,
      });
      for (let x = i; x < k.end; x++) claimed[x] = true;
      if (k.known.type === 'Organization') knownOrgEnds.add(k.end);
      i = k.end - 1;
    } else if (c && !insideName(st, i, c.end, lx, nameWords, claimed)) {
      for (let x = i; x < c.end; x++) claimed[x] = true;
      i = c.end - 1;
    } else if (c) {
      i = c.end - 1;
    }
  }
  const spans = capitalisedSpans(st, claimed, lx, nameWords);
  const votes = spans.map((s) => classifySpan(st, s, lx, leadTitles, knownOrgEnds));
  // A relation needs two parties: with one name in the sentence the other is a pronoun or a
  // description, and the name's type comes from the rest of the document. Measured: the same scores on
  // dev-eval, gum-dev and the sample with and without this condition; 11.9% -> 8.4% of nlp-corpus
  // sentences parsed, extraction 2.95x -> 3.47x plain compromise there.
  const candidates = spans.length + known.length;
  const needsParse = candidates >= 2 && votes.some((v) => v.length === 0) && hasTriggerPhrase(st.lowers, lx);
  return { st, known, spans, votes, needsParse };
}

/** Is the word at j a noun that a country before it modifies ("US data", "UK operations")? */
function modifiesNounAfter(st: SentenceTokens, j: number, lx: CompiledLexicon): boolean {
  return lx.words['place-modified-nouns'].has(st.lowers[j] ?? '');
}
