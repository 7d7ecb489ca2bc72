/**
 * Resolution step 4: every mention of the document's names in one sentence, with exact offsets,
 * and what the words around a mention say about its entity.
 */
import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { CountryEntry } from '../lexicon/lexicon.js';
import type { SentenceTokens } from './docTokens.js';
import { ensureEntity, type EntityBook } from './entityBook.js';
import { DIGIT_LED, startsWithDigit } from './capitalisedSpans.js';
import { datelineEnd } from './datelineEnd.js';
import { entityRef } from './entityRef.js';
import { nameKey } from './nameKey.js';
import { longestMatch } from '../lexicon/phraseTrie.js';
import { countryRole, knownMatch, possessedGovernmentEnd, spanText } from './planSentence.js';
import type { DocEntity, EntityRef } from './recognizeEntities.js';

/** A name reference: its text is the article's text between the offsets. */
function nameRef(
  st: SentenceTokens,
  text: string,
  key: string,
  i: number,
  j: number,
  start: number,
  end: number,
  part = false,
): EntityRef {
  return entityRef(st, key, 'name', i, j, { start, end, text: text.slice(start, end) }, part);
}

function governmentFor(book: EntityBook, c: CountryEntry): DocEntity {
  const key = nameKey(c.government);
  return book.entities.get(key) ?? ensureEntity(book, key, 'Government', c.government);
}

/**
 * "Norvex-Qadira partnership", "the Norvex-owned chain": the parts of a hyphenated token that are names
 * of the document or of the gazetteer (which then join the document's entities).
 */
function hyphenParts(
  st: SentenceTokens,
  text: string,
  lx: CompiledLexicon,
  book: EntityBook,
  i: number,
  out: EntityRef[],
): void {
  const tok = st.tokens[i];
  let offset = tok.start;
  for (const part of tok.text.split('-')) {
    const lower = part.toLowerCase();
    let key = longestMatch(book.surfaces, [lower], 0)?.values[0];
    const known = key ? undefined : longestMatch(lx.names, [lower], 0)?.values.find((v) => !v.exactCase);
    if (known) {
      const k = nameKey(known.canonical);
      const ent =
        book.entities.get(book.mergeInto.get(k) ?? k) ?? ensureEntity(book, k, known.type, known.canonical);
      ent.aliases.add(part);
      key = ent.key;
    }
    if (key && /^\p{Lu}/u.test(part))
      out.push(nameRef(st, text, key, i, i + 1, offset, offset + part.length, true));
    offset += part.length + 1;
  }
}

/**
 * The longest name starting at capitalised token `i`: one of the document's surfaces, a gazetteer
 * name (which joins the document's entities), or a country (its government or the place, by
 * context). Returns the index after the name, or i + 1 when nothing starts there.
 */
function nameAt(
  st: SentenceTokens,
  text: string,
  lx: CompiledLexicon,
  book: EntityBook,
  i: number,
  out: EntityRef[],
): number {
  const tok = st.tokens[i];
  const local = longestMatch(book.surfaces, st.lowers, i);
  const known = knownMatch(st, i, lx.names);
  const country = longestMatch(lx.countries, st.lowers, i);
  const best = Math.max(local?.end ?? 0, known?.end ?? 0, country?.end ?? 0);
  if (best === 0) {
    if (tok.text.includes('-')) hyphenParts(st, text, lx, book, i, out);
    return i + 1;
  }
  const end = st.tokens[best - 1].end;
  if (local && local.end === best) {
    out.push(nameRef(st, text, local.values[0], i, best, tok.start, end));
  } else if (known && known.end === best) {
    const key = nameKey(known.known.canonical);
    const ent =
      book.entities.get(book.mergeInto.get(key) ?? key) ??
      ensureEntity(book, key, known.known.type, known.known.canonical);
    ent.aliases.add(spanText(st, i, best, text));
    out.push(nameRef(st, text, ent.key, i, best, tok.start, end));
  } else if (country) {
    const role = countryRole(st, i, best, lx);
    const c = country.values[0];
    if (role === 'Government') {
      const gov = governmentFor(book, c);
      gov.aliases.add(spanText(st, i, best, text));
      // "Borland's trade ministry" names a body of the state; "Borland's competition regulator" may
      // describe one the story names ("the Borland Competition Commission"), so it is no alias
      const body =
        st.lowers[best] === "'s" || st.lowers[best] === '’s' ? possessedGovernmentEnd(st, best + 1, lx) : -1;
      if (body > 0 && lx.words['government-lead-words'].has(st.lowers[body - 1]))
        gov.aliases.add(spanText(st, i, body, text));
      out.push(nameRef(st, text, gov.key, i, best, tok.start, end));
    } else if (role === 'Place') {
      const name = c.names[0];
      const key = `place:${nameKey(name)}`;
      const place = book.entities.get(key) ?? ensureEntity(book, key, 'Place', name);
      place.aliases.add(spanText(st, i, best, text));
      out.push(nameRef(st, text, key, i, best, tok.start, end));
    }
  }
  return best;
}

/** The name references of one sentence, in text order (headlines included). */
export function sentenceMentions(
  st: SentenceTokens,
  text: string,
  lx: CompiledLexicon,
  book: EntityBook,
): EntityRef[] {
  const out: EntityRef[] = [];
  for (let i = datelineEnd(st); i < st.tokens.length;) {
    i =
      st.tokens[i].cap || (startsWithDigit(st.tokens[i].text) && DIGIT_LED.test(st.tokens[i].text))
        ? nameAt(st, text, lx, book, i, out)
        : i + 1;
  }
  return out;
}

/**
 * What the words around a mention say about its entity: "President Tom Hale" marks an official,
 * "Chinese owner Qadira" a nationality, "retail giant Felder" a descriptor, "Lumo's owner" an owned
 * thing (a product or unit, for descriptor resolution).
 */
export function annotateMention(st: SentenceTokens, r: EntityRef, lx: CompiledLexicon, ent: DocEntity): void {
  // "President Tom Hale", "then-President Tom Hale", "ex-Minister Ana Ruiz"
  const title = r.ti > 0 ? st.lowers[r.ti - 1].replace(/^(?:then|ex|former)-/, '') : '';
  if (ent.type === 'Person' && lx.words['government-titles'].has(title)) ent.official = true;
  for (let k = r.ti - 1; k >= Math.max(0, r.ti - 4); k--) {
    const t = st.tokens[k];
    if (!t.word) break;
    const d = lx.demonyms.get(t.lower) ?? longestMatch(lx.countries, [t.lower], 0)?.values[0];
    if (d && !ent.nationality) ent.nationality = nameKey(d.names[0]);
    if (lx.words['org-descriptors'].has(t.lower) || lx.words['product-descriptors'].has(t.lower))
      ent.descriptors.add(t.lower);
    if (t.cap && !d) break;
  }
  if (st.lowers[r.tj] !== undefined && lx.words['product-descriptors'].has(st.lowers[r.tj]))
    ent.descriptors.add(st.lowers[r.tj]);
  // "the Borland Steelworkers union ... The union said": a descriptor noun right after the name
  if (ent.type === 'Organization' && !r.possessive && lx.words['org-descriptors'].has(st.lowers[r.tj] ?? ''))
    ent.descriptors.add(st.lowers[r.tj]);
  const after = r.possessive ? r.tj + 1 : r.tj;
  if (st.lowers[after] === 'owner' || st.lowers[after] === 'parent' || st.lowers[after] === 'owners')
    ent.descriptors.add('owned');
}
