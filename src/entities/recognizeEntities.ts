/**
 * Entity recognition and resolution for one document (pure).
 * Pass 1 finds candidate names (gazetteer, capitalised spans typed by cues, compromise on candidate
 * sentences only); resolution merges variants into canonical entities; pass 2 finds every mention of the
 * resolved names in every sentence (headlines included) with exact offsets.
 */
import { lexiconTags, nlpEntitySpansBatch, type NlpSpan } from '../nlp.js';
import type { EntityType } from '../types.js';
import type { CompiledLexicon, KnownName } from '../extract/compileLexicon.js';
import type { CountryEntry } from '../extract/lexicon.js';
import type { SentenceTokens } from './docTokens.js';
import { addPhrase, createTrie, longestMatch, type PhraseTrie } from './phraseTrie.js';
import { camelParts, entityId, nameKey } from './nameKey.js';
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
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);
const VERB_TAGS = new Set([
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Copula',
  'Modal',
  'Gerund',
  'Participle',
]);
const OPENERS = new Set(['"', '“', '‘', "'", '•', '-', '–', '—', '*', ':', '(', '[']);
const TYPE_ORDER: EntityType[] = ['Government', 'Organization', 'Person', 'Product', 'Place'];

const isCommonWord = (lower: string): boolean => {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
};
export const isVerbLike = (lower: string): boolean => lexiconTags(lower).some((t) => VERB_TAGS.has(t));

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

/** Is the name at [i, j) a premodifier inside a noun phrase ("US operations")? Returns the country role. */
function countryRole(st: SentenceTokens, i: number, j: number, lx: CompiledLexicon): EntityType | undefined {
  const prev = st.lowers[i - 1];
  const next = st.lowers[j];
  const nextTok = st.tokens[j];
  if (next === "'s" || next === '’s') return 'Government';
  if (prev === 'by') return 'Government';
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

interface Span {
  i: number;
  j: number;
}

/** Capitalised spans not already claimed by the gazetteer; titles and non-name words break spans. */
function capitalisedSpans(
  st: SentenceTokens,
  claimed: boolean[],
  lx: CompiledLexicon,
  breakers: Set<string>,
): Span[] {
  const spans: Span[] = [];
  const { tokens, lowers } = st;
  let i = 0;
  const isNameToken = (k: number): boolean => {
    const t = tokens[k];
    if (!t.word || !t.cap || claimed[k] || breakers.has(t.lower)) return false;
    if (lx.demonyms.has(t.lower)) return false;
    if (/-\p{Ll}/u.test(t.text)) return false; // "Chinese-owned", "London-based"
    const initial = k === 0 || OPENERS.has(tokens[k - 1].text);
    if (initial && isCommonWord(t.lower)) return false;
    // "Retailer Qadira Holdings said": a capitalised descriptor at the start is not part of the name
    if (initial && (lx.words['org-descriptors'].has(t.lower) || lx.words['product-descriptors'].has(t.lower)))
      return false;
    return true;
  };
  while (i < tokens.length) {
    if (!isNameToken(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && isNameToken(j)) {
        j++;
      } else if (
        j + 1 < tokens.length &&
        (lowers[j] === '&' ||
          ((lowers[j] === 'of' || lowers[j] === 'for') &&
            (lx.words['government-lead-words'].has(lowers[j - 1]) ||
              lx.words['org-head-words'].has(lowers[j - 1])))) &&
        isNameToken(j + 1)
      ) {
        j += 2;
      } else break;
    }
    spans.push({ i, j });
    i = j;
  }
  return spans;
}

/** Type votes for one capitalised span from the words around and inside it. */
function classifySpan(
  st: SentenceTokens,
  s: Span,
  lx: CompiledLexicon,
  leadTitles: PhraseTrie<true>,
): [EntityType, number][] {
  const { lowers, tokens } = st;
  const out: [EntityType, number][] = [];
  const n = s.j - s.i;
  const first = lowers[s.i];
  const last = lowers[s.j - 1];
  const prev = lowers[s.i - 1];
  const next = lowers[s.j];
  const W = lx.words;
  const personSized = n >= 2 && n <= 3;

  if (n >= 2 && W['corporate-suffixes'].has(last)) out.push(['Organization', 3]); // "Norvex Inc"
  if (n >= 2 && W['org-head-words'].has(last)) out.push(['Organization', 3]); // "Qadira Holdings"
  if (n >= 2 && (W['government-head-words'].has(last) || W['government-lead-words'].has(first)))
    out.push(['Government', 3]);
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
  // "US tech firm Norvex", "retail giant Felder", "Chinese owner Qadira"
  for (let k = s.i - 1; k >= Math.max(0, s.i - 4); k--) {
    const t = tokens[k];
    if (!t.word || t.cap) break;
    if (W['org-descriptors'].has(t.lower)) {
      out.push(['Organization', 1.5]);
      break;
    }
    if (W['product-descriptors'].has(t.lower)) {
      out.push(['Product', 2]);
      break;
    }
  }
  // "the Lumo app", "its Lumo service"
  if (next !== undefined && W['product-descriptors'].has(next) && !tokens[s.j].cap) out.push(['Product', 2]);
  // "Norvex's chief executive", "Norvex CEO Ana Ruiz"
  const afterPoss = next === "'s" || next === '’s' ? s.j + 1 : s.j;
  if (phraseAt(leadTitles, lowers, afterPoss) > 0) out.push(['Organization', 2]);
  if (phraseAt(lx.phrases['org-after-cues'], lowers, afterPoss) > 0) out.push(['Organization', 1.5]);
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
  // "Norvex (NASDAQ: NVX)"
  if (next === '(' && /^(nasdaq|nyse|lse|tsx|asx|hkex)$/.test(lowers[s.j + 1] ?? ''))
    out.push(['Organization', 3]);
  // compromise's lexicon: "Walmart" is an Organization, "Singapore" a Country
  const phraseTags = lexiconTags(lowers.slice(s.i, s.j).join(' '));
  if (phraseTags.includes('Organization')) out.push(['Organization', 1]);
  if (phraseTags.some((t) => PLACE_TAGS.has(t))) out.push(['Place', 1]);
  if (n === 1 && phraseTags.includes('LastName')) out.push(['Person', 0.5]);
  return out;
}

function stripLegalSuffix(st: SentenceTokens, s: Span, lx: CompiledLexicon): Span {
  let j = s.j;
  while (j - s.i >= 2 && (lx.words['corporate-suffixes'].has(st.lowers[j - 1]) || st.lowers[j - 1] === ','))
    j--;
  return { i: s.i, j };
}

const spanText = (st: SentenceTokens, i: number, j: number, text: string): string =>
  text.slice(st.tokens[i].start, st.tokens[j - 1].end);

function knownMatch(
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
  return known ? { end: m.end, known } : undefined;
}

interface SentencePlan {
  st: SentenceTokens;
  /** Gazetteer matches, voted before the capitalised spans of the same sentence. */
  known: { canonical: string; surface: string; type: EntityType; known: KnownName }[];
  spans: Span[];
  votes: [EntityType, number][][];
  /** An untyped capitalised span AND a trigger word: only then is compromise worth its parse. */
  needsParse: boolean;
  nlpSpans?: NlpSpan[];
}

/** Pass 1 for one sentence, without voting: gazetteer matches, capitalised spans and their cues. */
function planSentence(
  st: SentenceTokens,
  text: string,
  lx: CompiledLexicon,
  breakers: Set<string>,
  leadTitles: PhraseTrie<true>,
): SentencePlan | undefined {
  if (st.titleCase) return undefined;
  const known: SentencePlan['known'] = [];
  const claimed: boolean[] = new Array(st.tokens.length).fill(false);
  for (let i = 0; i < st.tokens.length; i++) {
    const k = knownMatch(st, i, lx.names);
    const c = st.tokens[i].cap ? longestMatch(lx.countries, st.lowers, i) : undefined;
    if (k && (!c || k.end >= c.end)) {
      known.push({
        canonical: k.known.canonical,
        surface: spanText(st, i, k.end, text),
        type: k.known.type,
        known: k.known,
      });
      for (let x = i; x < k.end; x++) claimed[x] = true;
      i = k.end - 1;
    } else if (c) {
      for (let x = i; x < c.end; x++) claimed[x] = true;
      i = c.end - 1;
    }
  }
  const spans = capitalisedSpans(st, claimed, lx, breakers);
  const votes = spans.map((s) => classifySpan(st, s, lx, leadTitles));
  const needsParse = votes.some((v) => v.length === 0) && st.lowers.some((w) => lx.triggerFirstWords.has(w));
  return { st, known, spans, votes, needsParse };
}

export function recognizeEntities(
  text: string,
  sentences: SentenceTokens[],
  lx: CompiledLexicon,
): RecognizedDoc {
  const leadTitles = createTrie<true>();
  const breakers = new Set<string>([...lx.words['non-name-words'], ...lx.words['person-titles']]);
  for (const t of lx.lexicon.triggers) {
    if (t.relation === 'LEADS' && t.kind === 'agent') {
      addPhrase(leadTitles, t.phrase.split(' '), true);
      if (!t.phrase.includes(' ')) breakers.add(t.phrase);
    }
  }
  for (const t of lx.words['person-titles']) if (!t.includes(' ')) breakers.add(t.replace(/\.$/, ''));

  // ---- pass 1: evidence per name key
  // Plan every sentence first, so that the sentences needing compromise share one parse; then
  // vote in sentence order (the first surface of a name is its display form).
  const plans = sentences.map((st) => planSentence(st, text, lx, breakers, leadTitles));
  const parsed = plans.filter((p) => p?.needsParse);
  const nlpSpans = nlpEntitySpansBatch(parsed.map((p) => p!.st.sentence.text));
  parsed.forEach((p, n) => (p!.nlpSpans = nlpSpans[n]));

  const ev = new Map<string, Evidence>();
  const tickerAliases = new Map<string, string>();
  for (const plan of plans) {
    if (!plan) continue;
    const { st } = plan;
    for (const k of plan.known) vote(ev, nameKey(k.canonical), k.surface, k.type, 10, k.known);
    plan.spans.forEach((s0, n) => {
      const s = stripLegalSuffix(st, s0, lx);
      const surface = spanText(st, s.i, s.j, text);
      const key = nameKey(surface);
      const v = plan.votes[n];
      if (plan.nlpSpans) {
        const a = st.tokens[s.i].start - st.sentence.start;
        const b = st.tokens[s.j - 1].end - st.sentence.start;
        for (const ns of plan.nlpSpans) if (ns.start < b && a < ns.end) v.push([ns.tag, 1]);
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
