/**
 * Entity recognition and resolution for one document (pure), in two calls so that compromise can
 * parse the candidate sentences of many documents together (extractDocuments):
 * planEntities finds candidate names (gazetteer, capitalised spans typed by cues) and the sentences
 * compromise must parse; resolveEntities takes compromise's spans for those, votes, merges variants
 * into canonical entities, and finds every mention of the resolved names in every sentence
 * (headlines included) with exact offsets.
 */
import type { NlpSpan } from '../nlp.js';
import type { EntityType } from '../types.js';
import type { CompiledLexicon, KnownName } from '../extract/compileLexicon.js';
import type { CountryEntry } from '../extract/lexicon.js';
import type { SentenceTokens } from './docTokens.js';
import { addPhrase, createTrie, longestMatch } from './phraseTrie.js';
import { camelParts, entityId, nameKey } from './nameKey.js';
import {
  countryRole,
  knownMatch,
  planSentence,
  spanText,
  stripLegalSuffix,
  type SentencePlan,
} from './planSentence.js';
import type { Token } from './tokenize.js';

export interface DocEntity {
  key: string;
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  /** Demonym key of the entity's nationality when stated ("Chinese owner X" -> "china"). */
  nationality?: string;
  /** Descriptor nouns seen next to it ("firm", "app"). */
  descriptors: Set<string>;
  /** A person with a government title ("President X"): may REGULATE. */
  official: boolean;
}

/** A reference to an entity inside one sentence; ti/tj are token indices, start/end article offsets. */
export interface EntityRef {
  key: string;
  sentence: number;
  ti: number;
  tj: number;
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'descriptor' | 'pronoun';
  /** Followed by "'s". */
  possessive: boolean;
  /** One part of a hyphenated compound ("Norvex-Qadira"): parts share ti. */
  part: boolean;
  /** For a pronoun: the next most likely antecedent. */
  alt?: string;
}

export interface RecognizedDoc {
  entities: Map<string, DocEntity>;
  /** Name references per sentence, in text order. */
  refs: EntityRef[][];
}

interface Evidence {
  votes: Map<EntityType, number>;
  surfaces: Map<string, number>;
  known?: KnownName;
}

const TYPE_ORDER: EntityType[] = ['Government', 'Organization', 'Person', 'Product', 'Place'];

function vote(
  ev: Map<string, Evidence>,
  key: string,
  surface: string,
  type: EntityType | undefined,
  w: number,
  known?: KnownName,
): void {
  if (key === '') return;
  let e = ev.get(key);
  if (!e) {
    e = { votes: new Map(), surfaces: new Map() };
    ev.set(key, e);
  }
  e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
  if (type) e.votes.set(type, (e.votes.get(type) ?? 0) + w);
  if (known) e.known = known;
}

/** Pass 1, planned: every sentence's plan, and the sentences that need compromise's parse. */
export interface EntityPlan {
  sentences: SentenceTokens[];
  /** One per sentence; undefined for a title-case line (a headline), which is not planned. */
  plans: (SentencePlan | undefined)[];
  /** The plans whose sentence compromise must parse, in sentence order. */
  toParse: SentencePlan[];
}

/** Pass 1 without compromise: gazetteer matches, capitalised spans and their cues, per sentence. */
export function planEntities(text: string, sentences: SentenceTokens[], lx: CompiledLexicon): EntityPlan {
  const leadTitles = createTrie<true>();
  const breakers = new Set<string>([...lx.words['non-name-words'], ...lx.words['person-titles']]);
  for (const t of lx.lexicon.triggers) {
    if (t.relation === 'LEADS' && t.kind === 'agent') {
      addPhrase(leadTitles, t.phrase.split(' '), true);
      if (!t.phrase.includes(' ')) breakers.add(t.phrase);
    }
  }
  for (const t of lx.words['person-titles']) if (!t.includes(' ')) breakers.add(t.replace(/\.$/, ''));
  const plans = sentences.map((st) => planSentence(st, text, lx, breakers, leadTitles));
  return { sentences, plans, toParse: plans.filter((p): p is SentencePlan => p?.needsParse === true) };
}

/**
 * Votes (in sentence order: the first surface of a name is its display form), then resolution.
 * `nlpSpans[n]` holds compromise's spans for `plan.toParse[n]`.
 */
export function resolveEntities(
  text: string,
  lx: CompiledLexicon,
  plan: EntityPlan,
  nlpSpans: NlpSpan[][],
): RecognizedDoc {
  const { sentences, plans } = plan;
  const parsedSpans = new Map(plan.toParse.map((p, n) => [p, nlpSpans[n]]));
  const ev = new Map<string, Evidence>();
  const tickerAliases = new Map<string, string>();
  for (const plan of plans) {
    if (!plan) continue;
    const { st } = plan;
    const sentenceNlpSpans = parsedSpans.get(plan);
    for (const k of plan.known) vote(ev, nameKey(k.canonical), k.surface, k.type, 10, k.known);
    plan.spans.forEach((s0, n) => {
      const s = stripLegalSuffix(st, s0, lx);
      const surface = spanText(st, s.i, s.j, text);
      const key = nameKey(surface);
      const v = plan.votes[n];
      if (sentenceNlpSpans) {
        const a = st.tokens[s.i].start - st.sentence.start;
        const b = st.tokens[s.j - 1].end - st.sentence.start;
        for (const ns of sentenceNlpSpans) if (ns.start < b && a < ns.end) v.push([ns.tag, 1]);
      }
      if (v.length === 0) vote(ev, key, surface, undefined, 0);
      for (const [type, w] of v) vote(ev, key, surface, type, w);
      // "Norvex (NASDAQ: NVX)" -> ticker alias
      if (
        st.lowers[s0.j] === '(' &&
        /^(nasdaq|nyse|lse|tsx|asx|hkex)$/.test(st.lowers[s0.j + 1] ?? '') &&
        st.lowers[s0.j + 2] === ':' &&
        st.tokens[s0.j + 4]?.text === ')'
      ) {
        tickerAliases.set(st.tokens[s0.j + 3].text, key);
      }
    });
  }

  // ---- resolution: decide a type per key, merge variants
  const typeOf = new Map<string, EntityType>();
  for (const [key, e] of ev) {
    if (e.known) {
      typeOf.set(key, e.known.type);
      continue;
    }
    let best: EntityType | undefined;
    let bestW = 0;
    for (const t of TYPE_ORDER) {
      const w = e.votes.get(t) ?? 0;
      if (w > bestW) {
        best = t;
        bestW = w;
      }
    }
    if (best && bestW >= 1) typeOf.set(key, best);
  }
  const mergeInto = new Map<string, string>();
  const tokensOfKey = (key: string): string[] => {
    const surface = [...(ev.get(key)?.surfaces.keys() ?? [])][0] ?? '';
    return surface.split(/\s+/);
  };
  const multi = [...typeOf.keys()].filter((k) => tokensOfKey(k).length >= 2);
  for (const [key, e] of ev) {
    if (tokensOfKey(key).length !== 1 || e.known) continue;
    const weak = [...e.votes.values()].reduce((a, b) => a + b, 0) < 3 || typeOf.get(key) === 'Person';
    // "Ellison" -> "Larry Ellison"; "Mr Hale" -> "Tom Hale"
    const people = multi.filter(
      (m) => typeOf.get(m) === 'Person' && nameKey(tokensOfKey(m).at(-1) ?? '') === key,
    );
    if (people.length === 1 && weak) {
      mergeInto.set(key, people[0]);
      continue;
    }
    // "Norvex" -> "Norvex Systems"
    const orgs = multi.filter((m) => typeOf.get(m) === 'Organization' && nameKey(tokensOfKey(m)[0]) === key);
    if (orgs.length === 1 && (typeOf.get(key) === 'Organization' || !typeOf.has(key)))
      mergeInto.set(key, orgs[0]);
  }
  for (const [ticker, key] of tickerAliases) if (typeOf.has(key)) mergeInto.set(nameKey(ticker), key);
  // "Norvex-Qadira" is two names when both parts are names of their own
  for (const key of [...typeOf.keys()]) {
    const surface = tokensOfKey(key);
    if (surface.length !== 1 || !surface[0].includes('-') || ev.get(key)?.known) continue;
    const parts = surface[0].split('-').map(nameKey);
    if (parts.every((p) => typeOf.has(p) || lx.names.next.has(p))) typeOf.delete(key);
  }

  const entities = new Map<string, DocEntity>();
  const trie = createTrie<string>();
  const ensureEntity = (key: string, type: EntityType, canonical: string): DocEntity => {
    let ent = entities.get(key);
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
      entities.set(key, ent);
    }
    return ent;
  };
  const addSurface = (surface: string, key: string): void => {
    const words = surface.split(/\s+/);
    addPhrase(
      trie,
      words.map((w) => w.toLowerCase()),
      key,
    );
    if (words.length === 1) {
      const parts = camelParts(surface);
      if (parts)
        addPhrase(
          trie,
          parts.map((p) => p.toLowerCase()),
          key,
        ); // "Byte Dance"
    }
  };
  for (const [key, type] of typeOf) {
    if (mergeInto.has(key)) continue;
    const e = ev.get(key)!;
    const surfaces = [...e.surfaces.entries()].sort(
      (a, b) => a[0].split(' ').length - b[0].split(' ').length || b[1] - a[1],
    );
    const canonical =
      e.known?.canonical ??
      (type === 'Person' ? [...e.surfaces.keys()].sort((a, b) => b.length - a.length)[0] : surfaces[0][0]);
    const ent = ensureEntity(key, type, canonical);
    for (const [s] of surfaces) {
      ent.aliases.add(s);
      addSurface(s, key);
    }
  }
  for (const [from, to] of mergeInto) {
    const target = entities.get(mergeInto.get(to) ?? to);
    if (!target) continue;
    for (const s of ev.get(from)?.surfaces.keys() ?? [from]) {
      target.aliases.add(s);
      addSurface(s, target.key);
    }
    if (!ev.has(from)) addPhrase(trie, [from], target.key);
  }

  // ---- pass 2: every mention in every sentence
  const refs: EntityRef[][] = sentences.map(() => []);
  const governmentFor = (c: CountryEntry): DocEntity => {
    const key = nameKey(c.government);
    return entities.get(key) ?? ensureEntity(key, 'Government', c.government);
  };
  for (const st of sentences) {
    const out = refs[st.sentence.index];
    const push = (key: string, i: number, j: number, start: number, end: number, part = false): void => {
      const next = st.lowers[j];
      out.push({
        key,
        sentence: st.sentence.index,
        ti: i,
        tj: j,
        start,
        end,
        text: text.slice(start, end),
        kind: 'name',
        possessive: next === "'s" || next === '’s',
        part,
      });
    };
    for (let i = 0; i < st.tokens.length; i++) {
      const tok = st.tokens[i];
      if (!tok.cap) continue;
      const local = longestMatch(trie, st.lowers, i);
      const known = knownMatch(st, i, lx.names);
      const country = longestMatch(lx.countries, st.lowers, i);
      const best = Math.max(local?.end ?? 0, known?.end ?? 0, country?.end ?? 0);
      if (best === 0) {
        // "Norvex-Qadira partnership": parts of a hyphenated token
        if (tok.text.includes('-')) {
          let offset = tok.start;
          for (const part of tok.text.split('-')) {
            const key = longestMatch(trie, [part.toLowerCase()], 0)?.values[0];
            if (key && /^\p{Lu}/u.test(part)) push(key, i, i + 1, offset, offset + part.length, true);
            offset += part.length + 1;
          }
        }
        continue;
      }
      const end = st.tokens[best - 1].end;
      if (local && local.end === best) {
        push(local.values[0], i, best, tok.start, end);
      } else if (known && known.end === best) {
        const key = nameKey(known.known.canonical);
        const ent =
          entities.get(mergeInto.get(key) ?? key) ??
          ensureEntity(key, known.known.type, known.known.canonical);
        ent.aliases.add(spanText(st, i, best, text));
        push(ent.key, i, best, tok.start, end);
      } else if (country) {
        const role = countryRole(st, i, best, lx);
        const c = country.values[0];
        if (role === 'Government') {
          const gov = governmentFor(c);
          gov.aliases.add(spanText(st, i, best, text));
          push(gov.key, i, best, tok.start, end);
        } else if (role === 'Place') {
          const name = c.names[0];
          const key = `place:${nameKey(name)}`;
          const place = entities.get(key) ?? ensureEntity(key, 'Place', name);
          place.aliases.add(spanText(st, i, best, text));
          push(key, i, best, tok.start, end);
        }
      }
      i = best - 1;
    }
    // "President Tom Hale" marks an official; "Chinese owner Qadira" a nationality; "retail giant Felder" a descriptor
    for (const r of out) {
      const ent = entities.get(r.key);
      if (!ent) continue;
      if (ent.type === 'Person' && r.ti > 0 && lx.words['government-titles'].has(st.lowers[r.ti - 1]))
        ent.official = true;
      for (let k = r.ti - 1; k >= Math.max(0, r.ti - 4); k--) {
        const t: Token = st.tokens[k];
        if (!t.word) break;
        const d = lx.demonyms.get(t.lower) ?? longestMatch(lx.countries, [t.lower], 0)?.values[0];
        if (d && !ent.nationality) ent.nationality = nameKey(d.names[0]);
        if (lx.words['org-descriptors'].has(t.lower) || lx.words['product-descriptors'].has(t.lower))
          ent.descriptors.add(t.lower);
        if (t.cap && !d) break;
      }
      if (st.lowers[r.tj] !== undefined && lx.words['product-descriptors'].has(st.lowers[r.tj]))
        ent.descriptors.add(st.lowers[r.tj]);
      // "Lumo's owner", "Lumo parent Qadira": an owned thing (a product or unit) for descriptor resolution
      const after = r.possessive ? r.tj + 1 : r.tj;
      if (st.lowers[after] === 'owner' || st.lowers[after] === 'parent' || st.lowers[after] === 'owners')
        ent.descriptors.add('owned');
    }
  }
  for (const ent of entities.values()) {
    if (ent.type === 'Government') {
      const c = lx.lexicon.countries.find((x) => nameKey(x.government) === ent.key);
      if (c) ent.nationality = nameKey(c.names[0]);
    }
  }
  return { entities, refs };
}
