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
  const mergeInto = new Map<string, string>();
  const multi = [...typeOf.keys()].filter((k) => wordsOfKey(ev, k).length >= 2);
  for (const [key, e] of ev) {
    if (e.known || wordsOfKey(ev, key).length !== 1) continue;
    const target = mergeTarget(ev, typeOf, multi, key, e);
    if (target) mergeInto.set(key, target);
  }
  for (const [ticker, key] of tickerAliases) if (typeOf.has(key)) mergeInto.set(nameKey(ticker), key);
  return mergeInto;
}

function mergeTarget(
  ev: Map<string, Evidence>,
  typeOf: Map<string, EntityType>,
  multi: string[],
  key: string,
  e: Evidence,
): string | undefined {
  let weight = 0;
  for (const w of e.votes.values()) weight += w;
  const weak = weight < 3 || typeOf.get(key) === 'Person';
  const people = multi.filter(
    (m) => typeOf.get(m) === 'Person' && nameKey(wordsOfKey(ev, m).at(-1) ?? '') === key,
  );
  if (people.length === 1 && weak) return people[0];
  const orgs = multi.filter((m) => typeOf.get(m) === 'Organization' && nameKey(wordsOfKey(ev, m)[0]) === key);
  if (orgs.length === 1 && (typeOf.get(key) === 'Organization' || !typeOf.has(key))) return orgs[0];
  return undefined;
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
