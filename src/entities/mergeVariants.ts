/**
 * Resolution step 2: which names are variants of a longer name in the same document, and which
 * hyphenated names are really two names.
 */
import type { CompiledLexicon } from '../extract/compileLexicon.js';
import type { EntityType } from '../types.js';
import { nameKey } from './nameKey.js';
import { wordsOfKey, type Evidence } from './nameEvidence.js';

/**
 * One-word names that stand for one longer name of the document: "Ellison" -> "Larry Ellison",
 * "Mr Hale" -> "Tom Hale" (the last word of exactly one person), "Norvex" -> "Norvex Systems" (the
 * first word of exactly one organisation), and tickers: "NVX" -> "Norvex". Returns from-key -> to-key.
 */
export function findVariantMerges(
  ev: Map<string, Evidence>,
  typeOf: Map<string, EntityType>,
  tickerAliases: Map<string, string>,
): Map<string, string> {
  // the longer names by the word a variant would keep: a person's last, an organisation's first
  const peopleByLast = new Map<string, string[]>();
  const orgsByFirst = new Map<string, string[]>();
  for (const [key, type] of typeOf) {
    const words = wordsOfKey(ev, key);
    if (words.length < 2) continue;
    if (type === 'Person') pushTo(peopleByLast, nameKey(words.at(-1) ?? ''), key);
    if (type === 'Organization') pushTo(orgsByFirst, nameKey(words[0]), key);
  }
  const mergeInto = new Map<string, string>();
  for (const [key, e] of ev) {
    if (e.known || wordsOfKey(ev, key).length !== 1) continue;
    let weight = 0;
    for (const w of e.votes.values()) weight += w;
    const weak = weight < 3 || typeOf.get(key) === 'Person';
    const people = peopleByLast.get(key) ?? [];
    const orgs = orgsByFirst.get(key) ?? [];
    if (people.length === 1 && weak) mergeInto.set(key, people[0]);
    else if (orgs.length === 1 && (typeOf.get(key) === 'Organization' || !typeOf.has(key)))
      mergeInto.set(key, orgs[0]);
  }
  for (const [ticker, key] of tickerAliases) if (typeOf.has(key)) mergeInto.set(nameKey(ticker), key);
  return mergeInto;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
