/**
 * Resolution step 2: which names are variants of a longer name in the same document, and which
 * hyphenated names are really two names.
 */
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { EntityType } from '../types.js';
import { nameKey } from './nameKey.js';
import { wordsOfKey, type Evidence } from './nameEvidence.js';
import { ACRONYM_SKIP } from '../lexicon/acronymSkipWords.js';
import { wordSet } from '../lexicon/wordSet.js';

/** "Borland Trade Commission" -> "btc"; undefined when fewer than two words count. */
function initialsOf(words: readonly string[]): string | undefined {
  const kept = words.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()) && /^[\p{Lu}\p{N}]/u.test(w));
  return kept.length >= 2 ? kept.map((w) => w[0].toLowerCase()).join('') : undefined;
}

interface LongerNames {
  peopleByLast: Map<string, string[]>;
  peopleByFirst: Map<string, string[]>;
  orgsByFirst: Map<string, string[]>;
  orgsByLast: Map<string, string[]>;
  orgsByInitials: Map<string, string[]>;
  /** Initials in alphabetical order: a foreign acronym orders them its own way ("ULM" for "Mirovan Lumber Union"). */
  orgsBySortedInitials: Map<string, string[]>;
  peopleByInner: Map<string, string[]>;
  orgsByInnerWord: Map<string, string[]>;
}

/** Was the name typed by its shape alone (no cue)? */
function shapeOnly(ev: Map<string, Evidence>, key: string): boolean {
  const e = ev.get(key);
  if (!e || e.shape === 0) return false;
  let weight = -e.shape;
  for (const w of e.votes.values()) weight += w;
  return weight < 1;
}

/** The weight of a name's cue votes (shape votes left out). */
function weightOf(ev: Map<string, Evidence>, key: string): number {
  const e = ev.get(key);
  if (!e) return 0;
  let weight = -e.shape;
  for (const w of e.votes.values()) weight += w;
  return weight;
}

/** The document's longer names by the word a variant of each would keep. */
function indexLongerNames(ev: Map<string, Evidence>, typeOf: Map<string, EntityType>): LongerNames {
  const idx: LongerNames = {
    peopleByLast: new Map(),
    peopleByFirst: new Map(),
    orgsByFirst: new Map(),
    orgsByLast: new Map(),
    orgsByInitials: new Map(),
    orgsBySortedInitials: new Map(),
    peopleByInner: new Map(),
    orgsByInnerWord: new Map(),
  };
  for (const [key, type] of typeOf) {
    const known = ev.get(key)?.known;
    const words = known ? known.canonical.split(/\s+/) : wordsOfKey(ev, key);
    if (words.length < 2) continue;
    if (type === 'Person' || shapeOnly(ev, key)) {
      // "Lenz" -> "Luiz Inacio Lenz da Silva": any inner word of one person
      for (const w of words.slice(1, -1)) if (/^\p{Lu}/u.test(w)) pushTo(idx.peopleByInner, nameKey(w), key);
    }
    if (shapeOnly(ev, key)) {
      // typed by its shape alone, "Halden Quist" may be a company: "Quist" (a company) -> "Halden Quist"
      pushTo(idx.orgsByLast, nameKey(words.at(-1) ?? ''), key);
    }
    if (type === 'Person') {
      pushTo(idx.peopleByLast, nameKey(words.at(-1) ?? ''), key);
      pushTo(idx.peopleByFirst, nameKey(words[0]), key);
    }
    if (type === 'Organization' || type === 'Government') {
      if (type === 'Organization') pushTo(idx.orgsByFirst, nameKey(words[0]), key);
      pushTo(idx.orgsByLast, nameKey(words.at(-1) ?? ''), key);
      const initials = initialsOf(words);
      if (initials) pushTo(idx.orgsByInitials, initials, key);
      if (initials) pushTo(idx.orgsBySortedInitials, sortedLetters(initials), key);
    }
    if (type === 'Organization' || type === 'Government' || weightOf(ev, key) < 2) {
      // "Haldens" -> "Wm Halden Stores", "Liberals" -> "Liberal Party": any word but the head word
      for (const w of new Set(words.slice(0, -1).map(nameKey)))
        if (w.length > 2) pushTo(idx.orgsByInnerWord, w, key);
    }
  }
  return idx;
}

/**
 * One-word names that stand for one longer name of the document: "Ellison" -> "Larry Ellison",
 * "Mr Hale" -> "Tom Hale" (the last word of exactly one person), "Norvex" -> "Norvex Systems" (the
 * first word of exactly one organisation), "BTC" -> "Borland Trade Commission" (its initials), "the
 * Commission" -> "Borland Trade Commission" and "Rovers" -> "Halden Rovers" (the last word of exactly
 * one organisation), "Lena" -> "Lena Varga" (the first word of exactly one person, when nothing says
 * "Lena" is an organisation), and tickers: "NVX" -> "Norvex". Returns from-key -> to-key.
 */
export function findVariantMerges(
  ev: Map<string, Evidence>,
  typeOf: Map<string, EntityType>,
  tickerAliases: Map<string, string>,
  isHead: (lower: string) => boolean = () => false,
): Map<string, string> {
  const idx = indexLongerNames(ev, typeOf);
  const mergeInto = new Map<string, string>();
  const only = (map: Map<string, string[]>, key: string): string | undefined => {
    const list = map.get(key);
    return list?.length === 1 ? list[0] : undefined;
  };
  for (const [key, e] of ev) {
    const words = wordsOfKey(ev, key);
    if (e.known) continue;
    if (words.length > 1) {
      const longer = tailOf(key, words, ev, typeOf, isHead) ?? compressedFormOf(key, words, ev, typeOf);
      if (longer) mergeInto.set(key, longer);
      continue;
    }
    let weight = -e.shape; // a vote from shape alone is no evidence against being a variant
    for (const w of e.votes.values()) weight += w;
    const type = typeOf.get(key);
    const weak = weight < 3 || type === 'Person';
    const orgLike = type === 'Organization' || type === 'Government' || !type || weight < 1;
    const person = only(idx.peopleByLast, key);
    const org = only(idx.orgsByFirst, key);
    // "BTC", "B.T.C."
    const acronym = /^[\p{Lu}\d]{3,8}$/u.test(words[0].replace(/\./g, ''))
      ? (only(idx.orgsByInitials, key) ?? only(idx.orgsBySortedInitials, sortedLetters(key)))
      : /^[\p{Lu}\d]{2}$/u.test(words[0].replace(/\./g, ''))
        ? only(idx.orgsByInitials, key)
        : undefined;
    // a person typed by shape alone is no rival: "Couche-Vert" -> "Alimentation Couche-Vert"
    const cuedPerson = (idx.peopleByLast.get(key) ?? []).some((k) => !shapeOnly(ev, k));
    const orgByLast = cuedPerson ? undefined : only(idx.orgsByLast, key);
    // "Haldens" -> "Wm Halden Stores": the plural of one inner word of exactly one organisation
    const plural =
      /s$/.test(key) && !typeOf.has(key.slice(0, -1)) && !idx.peopleByLast.has(key)
        ? pluralOf(idx.orgsByInnerWord.get(key.slice(0, -1)) ?? [], ev)
        : undefined;
    const compressed = orgLike ? compressedFormOf(key, words, ev, typeOf) : undefined;
    const inner = orgLike ? beforeParticle(key, idx.orgsByInnerWord.get(key) ?? [], ev) : undefined;
    const byFirst =
      idx.peopleByLast.has(key) || idx.orgsByFirst.has(key) ? undefined : only(idx.peopleByFirst, key);
    if (person && weak) mergeInto.set(key, person);
    else if (org && (type === 'Organization' || !type || weight < 1)) mergeInto.set(key, org);
    else if (acronym) mergeInto.set(key, acronym);
    else if (orgByLast && orgLike) mergeInto.set(key, orgByLast);
    else if (plural && orgLike) {
      mergeInto.set(key, plural);
      // "Wm Halden Stores", once and weakly typed a person, is the company "Haldens" named 8 times
      if (type && weightOf(ev, plural) < weight) typeOf.set(plural, type);
    } else if (compressed) mergeInto.set(key, compressed);
    else if (inner) mergeInto.set(key, inner);
    else if (byFirst && (weight < 1 || type === 'Person')) mergeInto.set(key, byFirst);
    else if (weak && only(idx.peopleByInner, key) && !idx.orgsByLast.has(key))
      mergeInto.set(key, only(idx.peopleByInner, key)!);
    // the longer name had no cue but its short form has one: it takes the short form's type
    const into = mergeInto.get(key);
    if (into && type && shapeOnly(ev, into) && !shapeOnly(ev, key)) typeOf.set(into, type);
  }
  for (const [ticker, key] of tickerAliases) if (typeOf.has(key)) mergeInto.set(nameKey(ticker), key);
  return mergeInto;
}

/**
 * "Home Office" -> "Borland Home Office", "Comic Guild" -> "Comic Guild of Borland", "Lumen & k" ->
 * "Lumen & k Holdings": an organisation's name that ends exactly one longer organisation's name of the
 * document, or starts it before "of" or before nothing but head words.
 */
function tailOf(
  key: string,
  words: readonly string[],
  ev: Map<string, Evidence>,
  typeOf: Map<string, EntityType>,
  isHead: (lower: string) => boolean,
): string | undefined {
  const type = typeOf.get(key);
  if (type !== 'Organization' && type !== 'Government') return undefined;
  let found: string | undefined;
  for (const [other, t] of typeOf) {
    if (other === key || (t !== 'Organization' && t !== 'Government')) continue;
    if (!other.endsWith(key) && !other.startsWith(key)) continue; // keys are the words run together
    const longer = wordsOfKey(ev, other);
    if (longer.length <= words.length) continue;
    const tail = longer.slice(-words.length).map(nameKey).join('');
    const head = longer.slice(0, words.length).map(nameKey).join('');
    const of = longer[words.length].toLowerCase();
    const headed = longer.slice(words.length).every((w) => isHead(w.toLowerCase()));
    if (tail !== key && !(head === key && (of === 'of' || of === 'for' || headed))) continue;
    if (found) return undefined;
    found = other;
  }
  return found;
}

/** Lower-case particles of Portuguese, Spanish, Italian, French, Dutch and German names. */
const NAME_PARTICLES = wordSet('name-particles');

/**
 * "Ostra" -> "Companhia Ostra do Vale Seco": the word before a particle inside exactly one longer
 * foreign name (not its first word, which "Norvex" -> "Norvex Group" covers) is its short form.
 */
function beforeParticle(
  key: string,
  candidates: readonly string[],
  ev: Map<string, Evidence>,
): string | undefined {
  const found = candidates.filter((c) => {
    const words = wordsOfKey(ev, c);
    return words.some((w, n) => n > 0 && nameKey(w) === key && NAME_PARTICLES.has(words[n + 1] ?? ''));
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The one longer name a plural stands for; of several, the only one of two words: "Liberals" ->
 * "Liberal Party", not "Liberal Youth Council".
 */
function pluralOf(candidates: readonly string[], ev: Map<string, Evidence>): string | undefined {
  if (candidates.length === 1) return candidates[0];
  const pairs = candidates.filter((k) => wordsOfKey(ev, k).length === 2);
  return pairs.length === 1 ? pairs[0] : undefined;
}

/**
 * "NSkyB" -> "Norvex Sky Broadcasting", "U.K. Steel" -> "United Kingdom Steel": a name that spells
 * every word of exactly one longer organisation's name, some in full and some by a capital initial.
 */
function compressedFormOf(
  key: string,
  words: readonly string[],
  ev: Map<string, Evidence>,
  typeOf: Map<string, EntityType>,
): string | undefined {
  const short = words.join('').replace(/[^\p{L}\p{N}]/gu, '');
  if (short.length < 3 || !/\p{Lu}.*\p{Lu}/u.test(short)) return undefined;
  let found: string | undefined;
  for (const [other, t] of typeOf) {
    if (other === key || (t !== 'Organization' && t !== 'Government' && !shapeOnly(ev, other))) continue;
    const longer = wordsOfKey(ev, other).filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
    if (longer.length < 2 || longer.length <= words.length) continue;
    if (!spells(short, 0, longer, 0, false)) continue;
    if (found) return undefined;
    found = other;
  }
  return found;
}

/** Does short[i..] spell longer[j..], each word in full or by its capital initial (one initial at least)? */
function spells(short: string, i: number, longer: readonly string[], j: number, initial: boolean): boolean {
  if (j === longer.length) return i === short.length && initial;
  const word = longer[j].replace(/[^\p{L}\p{N}]/gu, '');
  if (!word) return spells(short, i, longer, j + 1, initial);
  const rest = short.slice(i);
  if (
    word.length > 1 &&
    rest.toLowerCase().startsWith(word.toLowerCase()) &&
    spells(short, i + word.length, longer, j + 1, initial)
  )
    return true;
  return (
    /\p{Lu}/u.test(rest[0] ?? '') &&
    rest[0] === word[0].toUpperCase() &&
    spells(short, i + 1, longer, j + 1, true)
  );
}

/** "ulm" -> "lmu": the letters of an acronym in alphabetical order. */
function sortedLetters(key: string): string {
  return [...key].sort().join('');
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value); // "Halden Rovers", indexed as a shape-only name and an organisation
}

/** "Norvex-Qadira" is two names when both parts are names of their own: it loses its type. */
export function dropCompoundNames(
  ev: Map<string, Evidence>,
  typeOf: Map<string, EntityType>,
  lx: CompiledLexicon,
): void {
  for (const key of [...typeOf.keys()]) {
    const words = wordsOfKey(ev, key);
    if (words.length !== 1 || !words[0].includes('-') || ev.get(key)?.known) continue;
    const parts = words[0].split('-').map(nameKey);
    if (parts.every((p) => typeOf.has(p) || lx.names.next.has(p))) typeOf.delete(key);
  }
}
