/**
 * The last resort for a capitalised span that no cue typed: in English news a capitalised word in the
 * middle of a sentence is a name. Read by its shape: two or three words are a person ("talks with Lena
 * Varga broke down"), one word an organisation ("the deal with Qadira fell through"). Weight 1, so that
 * one cue anywhere in the document outweighs it.
 */
import type { EntityType } from '../types.js';
import { isVerbLike, lexiconTags } from '../nlp.js';
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { SentenceTokens } from './docTokens.js';
import type { Span } from './capitalisedSpans.js';
import { DIGIT_LED, isCommonWord, isHeadWord, OPENERS, PARTICLES } from './capitalisedSpans.js';
import type { Token } from '../lexicon/tokenize.js';
import { longestMatch } from '../lexicon/phraseTrie.js';

/** "EUR71bn", "GBP46bn", "IE9": amounts and model numbers. */
const CODED = /^\p{Lu}{1,4}\$?\d/u;
/** "HTML", "GMT", "VIP": an acronym needs a cue ("the Borland regulator BFA") to be an entity. */
const ALL_CAPS = /^[\p{Lu}\d.&]+$/u;

/** A word that looks like part of a name: capitalised, no common word ("Then", "Refusing"), no code. */
function nameLike(t: Token, lx: CompiledLexicon, lowercase: ReadonlySet<string>): boolean {
  if (!t.word || t.text.length < 2 || CODED.test(t.text) || ALL_CAPS.test(t.text)) return false;
  // "pH", "Mountain.This" (a missing space): no name's shape; "eQadra" and "4X" are
  if (!/^(?:\p{Lu}|\p{Ll}\p{Lu}\p{L}{2})/u.test(t.text) && !DIGIT_LED.test(t.text)) return false;
  if (/\.\p{Lu}/u.test(t.text)) return false;
  if (lx.demonyms.has(t.lower) || isCommonWord(t.lower) || /ing$/.test(t.lower)) return false;
  // "the Science Fair", when the story also says "a science teacher": a common noun in a title
  return !lowercase.has(t.lower);
}

/**
 * `lowercase`: the words the document also writes in lower case. A span of name-like words gets a
 * type; anything else stays untyped (and is no entity).
 */
export function shapeVote(
  st: SentenceTokens,
  s: Span,
  lx: CompiledLexicon,
  lowercase: ReadonlySet<string>,
): EntityType | undefined {
  const { tokens } = st;
  const initial = s.i === 0 || OPENERS.has(tokens[s.i - 1].text);
  if (capitalsName(st, s, lx)) return 'Organization';
  // "the Borlish Marvo Kelden": a nationality word opens a body's name, not a person's
  const national = s.j - s.i >= 2 && lx.demonyms.has(st.lowers[s.i]);
  let n = 0;
  for (let k = national ? s.i + 1 : s.i; k < s.j; k++) {
    // "K. Arun Pillai": an initial and its dot
    if (tokens[k].text === '.' || (/^\p{Lu}$/u.test(tokens[k].text) && tokens[k + 1]?.text === '.')) continue;
    if (!tokens[k].cap && PARTICLES.has(tokens[k].lower)) continue; // "Banco do Halden"
    if (!nameLike(tokens[k], lx, lowercase) && !(k === s.i && !initial && verbGivenName(st, s, lowercase)))
      return undefined;
    n++;
  }
  if (n === 0 || n > 3) return undefined;
  if (initial && n === 1 && !initialNameCue(st, s, lx)) return undefined;
  if (s.j - s.i === 1) {
    const lower = tokens[s.i].lower;
    // "the Army", "the Agency": a head word alone is a short form, not a name of its own
    if (commonNounShape(lower, lowercase) || isHeadWord(lower, lx) || ADJECTIVE.test(lower)) return undefined;
    // "Rachel said": a first name alone is a person
    if (lexiconTags(lower).some((t) => FIRST_NAME_TAGS.has(t))) return 'Person';
  }
  if (national) return 'Organization';
  // "Norvex India": a name with a country in it is a company's
  if (longestMatch(lx.countries, st.lowers, s.j - 1)?.end === s.j) return 'Organization';
  if (n === 1 && s.j - s.i === 1) return 'Organization';
  // "the 40 Varo Kelden seats": no person's name follows a number
  const prev = tokens[s.i - 1];
  if (prev && /^\p{N}[\p{N},.]*$/u.test(prev.text)) return undefined;
  // nor "the": "the Halden Rovers" (a plural) is a team or group, "the Varo Kelden Convention" unknown
  if (prev?.lower === 'the') return /[^su]s$/.test(tokens[s.j - 1].lower) ? 'Organization' : undefined;
  return 'Person';
}

/**
 * "control of KRAL BANKO", "KRAL BANKO's board": two or three words in capitals, none a common word, a
 * country or a known acronym's expansion, in a sentence written in lower case, are a firm's name (banks
 * and brands write themselves so). One word in capitals ("GMT", "VIP") still needs a cue.
 */
function capitalsName(st: SentenceTokens, s: Span, lx: CompiledLexicon): boolean {
  const n = s.j - s.i;
  if (n < 2 || n > 3) return false;
  const words = st.tokens.slice(s.i, s.j);
  if (!words.every((t) => /^\p{Lu}{2,}$/u.test(t.text))) return false;
  if (words.some((t) => isCommonWord(t.lower) || lx.demonyms.has(t.lower))) return false;
  if (longestMatch(lx.countries, st.lowers, s.i) !== undefined) return false;
  // not a headline or a shouted line: most words of the sentence are in lower case
  const lettered = st.tokens.filter((t) => t.word && /\p{L}/u.test(t.text));
  const lower = lettered.filter((t) => /^\p{Ll}/u.test(t.text)).length;
  return lower >= lettered.length / 2;
}

/** Tags of a word that compromise knows only as a verb ("dries", "rushed", "will"). */
const VERB_ONLY = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Modal', 'Verb']);

/**
 * "and Rushes Varga scored": mid-sentence, a capitalised word known only as a verb, right before
 * another name word, is a given name (verbs are not capitalised inside a sentence).
 */
function verbGivenName(st: SentenceTokens, s: Span, lowercase: ReadonlySet<string>): boolean {
  const t = st.tokens[s.i];
  if (s.j - s.i < 2 || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || lowercase.has(t.lower)) return false;
  const tags = lexiconTags(t.lower);
  return tags.length > 0 && tags.every((x) => VERB_ONLY.has(x)) && st.tokens[s.i + 1].cap;
}

/**
 * Is the one capitalised word that opens a sentence a name? Only with a cue: an inner capital
 * ("Tessel declined"), an apposition ("Qadira, the proxy adviser, ..."; "Qadira, Norvex's biggest
 * shareholder, ...") or a verb of saying ("Qadira said").
 */
function initialNameCue(st: SentenceTokens, s: Span, lx: CompiledLexicon): boolean {
  const t = st.tokens[s.i];
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text)) return true;
  const next = st.lowers[s.j];
  if (next !== undefined && lx.words['speech-verbs'].has(next)) return true;
  // "Quorra agreed to buy Tindle": a verb right after a word that is no plural ("Shares rose")
  const nextTok = st.tokens[s.j];
  if (nextTok?.word && !nextTok.cap && !t.lower.endsWith('s') && /ed$/.test(next) && isVerbLike(next))
    return true;
  // "Quorra and Halden took control of Tindle": coordinated with another name
  const other = st.tokens[s.j + 1];
  if (next === 'and' && other?.cap && /^\p{Lu}\p{Ll}/u.test(other.text) && !isCommonWord(other.lower))
    return true;
  // "Qadira's Shadow Home Secretary Lena Varga": a party or body with an office holder
  if (next === "'s" || next === '’s') {
    for (let k = s.j + 1; k < Math.min(st.tokens.length, s.j + 5); k++)
      if (lx.words['government-titles'].has(st.lowers[k])) return true;
    return false;
  }
  if (next !== ',') return false;
  const after = st.tokens[s.j + 1];
  if (!after) return false;
  if (after.lower === 'the' || after.lower === 'a' || after.lower === 'an' || after.lower === 'its')
    return true;
  return after.cap && (st.lowers[s.j + 2] === "'s" || st.lowers[s.j + 2] === '’s');
}

/** Adjective endings: "Olympic", "Heroic", "Outlandish", "Japanese" (names are nouns). */
const ADJECTIVE = /(?:ic|ish|ese)$/;
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Abstract-noun endings: "Inspiration", "Tourism", "Xenophobia", "Fairness", "Ownership". */
const ABSTRACT = /(?:tion|sion|ism|phobia|ness|ment|ship|ology|ance|ence)$/;

/**
 * One capitalised word shaped like a common noun: an abstract noun, or the plural of a word the
 * story writes in lower case ("Lawsuits" in a heading, "a lawsuit" in the text).
 */
export function commonNounShape(lower: string, lowercase: ReadonlySet<string>): boolean {
  if (ABSTRACT.test(lower)) return true;
  if (!lower.endsWith('s')) return false;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return lowercase.has(singular) || isCommonWord(singular);
}

/** The words a document writes in lower case somewhere ("science" in "a science teacher"). */
export function lowercaseWords(sentences: readonly SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const st of sentences) for (const t of st.tokens) if (t.word && !t.cap) out.add(t.lower);
  return out;
}
