/**
 * Resolution step 3: the document's entities and a trie of every surface they were written as,
 * for the mention scan ("Byte Dance" finds "ByteDance" too).
 */
import type { EntityType } from '../types.js';
import { addPhrase, createTrie, type PhraseTrie } from '../lexicon/phraseTrie.js';
import { camelParts, entityId } from './nameKey.js';
import { tokenize } from '../lexicon/tokenize.js';
import type { Evidence } from './nameEvidence.js';
import type { DocEntity } from './recognizeEntities.js';

export interface EntityBook {
  entities: Map<string, DocEntity>;
  /** Lower-cased surface words -> entity key. */
  surfaces: PhraseTrie<string>;
  /** Variant key -> the key it was merged into ("hale" -> "tom hale"). */
  mergeInto: Map<string, string>;
}

/** The entity under `key`, created with `type` and `canonical` if the document has none yet. */
export function ensureEntity(book: EntityBook, key: string, type: EntityType, canonical: string): DocEntity {
  let ent = book.entities.get(key);
  if (!ent) {
    ent = {
      key,
      id: entityId(type, canonical),
      type,
      name: canonical,
      aliases: new Set(),
      descriptors: new Set(),
      official: false,
    };
    book.entities.set(key, ent);
  }
  return ent;
}

function addSurface(book: EntityBook, surface: string, key: string): void {
  const words = surface.split(/\s+/);
  // the sentence's own tokens: "K. Arun Pillai" is "k", ".", "arun", "pillai"
  addPhrase(
    book.surfaces,
    tokenize(surface).map((t) => t.lower),
    key,
  );
  if (words.length !== 1) return;
  const parts = camelParts(surface);
  if (parts)
    addPhrase(
      book.surfaces,
      parts.map((p) => p.toLowerCase()),
      key,
    ); // "Byte Dance"
}

/**
 * One entity per typed name that is not a variant. Its canonical name is the gazetteer's, else a
 * person's longest surface, else the shortest surface in words (the most frequent among equals).
 * Variants add their surfaces to the entity they were merged into.
 */
export function buildEntityBook(
  ev: Map<string, Evidence>,
  typeOf: Map<string, EntityType>,
  mergeInto: Map<string, string>,
): EntityBook {
  const book: EntityBook = { entities: new Map(), surfaces: createTrie<string>(), mergeInto };
  for (const [key, type] of typeOf) {
    if (mergeInto.has(key)) continue;
    const e = ev.get(key)!;
    const surfaces = [...e.surfaces.entries()].sort(
      (a, b) => a[0].split(' ').length - b[0].split(' ').length || b[1] - a[1],
    );
    const canonical =
      e.known?.canonical ??
      (type === 'Person' ? [...e.surfaces.keys()].sort((a, b) => b.length - a.length)[0] : surfaces[0][0]);
    const ent = ensureEntity(book, key, type, canonical);
    for (const [s] of surfaces) {
      ent.aliases.add(s);
      addSurface(book, s, key);
    }
  }
  for (const [from, to] of mergeInto) {
    const target = book.entities.get(mergeInto.get(to) ?? to);
    if (!target) continue;
    for (const s of ev.get(from)?.surfaces.keys() ?? [from]) {
      target.aliases.add(s);
      addSurface(book, s, target.key);
    }
    if (!ev.has(from)) addPhrase(book.surfaces, [from], target.key);
  }
  return book;
}
