/**
 * Resolution step 1: the evidence each name collects across one document (votes per type, the
 * surfaces it was written as, a gazetteer hit), and the type each name gets from it.
 */
import type { CompiledLexicon, KnownName } from '../lexicon/compileLexicon.js';
import type { NlpSpan } from '../nlp.js';
import type { EntityType } from '../types.js';
import { nameKey } from './nameKey.js';
import { commonNounShape, lowercaseWords, shapeVote } from './shapeVote.js';
import { spanText, stripLegalSuffix, type SentencePlan } from './planSentence.js';
import { wordSet } from '../lexicon/wordSet.js';

export interface Evidence {
  votes: Map<EntityType, number>;
  /** Surface -> count, in first-seen order: the first surface of a name is its display form. */
  surfaces: Map<string, number>;
  known?: KnownName;
  /** The weight of its votes that came from shape alone (shapeVote), not from a cue. */
  shape: number;
}

export interface DocEvidence {
  ev: Map<string, Evidence>;
  /** Ticker -> name key: "Norvex (NASDAQ: NVX)". */
  tickerAliases: Map<string, string>;
}

const TYPE_ORDER: EntityType[] = ['Government', 'Organization', 'Person', 'Product', 'Place'];
const EXCHANGES = wordSet('stock-exchanges');

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
    e = { votes: new Map(), surfaces: new Map(), shape: 0 };
    ev.set(key, e);
  }
  e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
  if (type) e.votes.set(type, (e.votes.get(type) ?? 0) + w);
  if (known) e.known = known;
}

/** One sentence's votes: its gazetteer hits, then each capitalised span with its cue and compromise votes. */
function collectSentence(
  text: string,
  lx: CompiledLexicon,
  plan: SentencePlan,
  nlpSpans: NlpSpan[] | undefined,
  out: DocEvidence,
  lowercase: ReadonlySet<string>,
): void {
  const { st } = plan;
  for (const k of plan.known) vote(out.ev, nameKey(k.canonical), k.surface, k.type, 10, k.known);
  for (let n = 0; n < plan.spans.length; n++) {
    const s0 = plan.spans[n];
    const s = stripLegalSuffix(st, s0, lx);
    const surface = spanText(st, s.i, s.j, text);
    const key = nameKey(surface);
    const v = plan.votes[n];
    // compromise tags a capitalised common noun as a name too: "Bright Borland Girls" in a title when the story says "the girls"
    const common =
      s.j - s.i === 1 && (lowercase.has(st.lowers[s.i]) || commonNounShape(st.lowers[s.i], lowercase));
    if (nlpSpans && !common) {
      const a = st.tokens[s.i].start - st.sentence.start;
      const b = st.tokens[s.j - 1].end - st.sentence.start;
      // one vote per tag: compromise splits "Marlow-Hills" into two places, one opinion of one name
      const tags = new Set(nlpSpans.filter((ns) => ns.start < b && a < ns.end).map((ns) => ns.tag));
      for (const tag of tags) v.push([tag, 1]);
    }
    const shape = v.length === 0 ? shapeVote(st, s, lx, lowercase) : undefined;
    if (shape) v.push([shape, 1]);
    if (v.length === 0) vote(out.ev, key, surface, undefined, 0);
    // "Seven & k said": a name joined by "&" is a firm's, never one person's
    const firm = / & /.test(surface);
    for (const [type, w] of v)
      vote(out.ev, key, surface, firm && type === 'Person' ? 'Organization' : type, w);
    const e = out.ev.get(key);
    if (shape && e) e.shape += 1;
    // "Norvex (NASDAQ: NVX)" -> ticker alias
    if (
      st.lowers[s0.j] === '(' &&
      EXCHANGES.has(st.lowers[s0.j + 1] ?? '') &&
      st.lowers[s0.j + 2] === ':' &&
      st.tokens[s0.j + 4]?.text === ')'
    ) {
      out.tickerAliases.set(st.tokens[s0.j + 3].text, key);
    }
  }
}

/**
 * Every planned sentence's votes, in sentence order. `parsed` maps a plan to compromise's spans
 * for its sentence (only the plans compromise parsed are in it).
 */
export function collectEvidence(
  text: string,
  lx: CompiledLexicon,
  plans: readonly (SentencePlan | undefined)[],
  parsed: Map<SentencePlan, NlpSpan[]>,
): DocEvidence {
  const out: DocEvidence = { ev: new Map(), tickerAliases: new Map() };
  const lowercase = lowercaseWords(plans.flatMap((p) => (p ? [p.st] : [])));
  for (const plan of plans) if (plan) collectSentence(text, lx, plan, parsed.get(plan), out, lowercase);
  return out;
}

/** A gazetteer type wins; otherwise the heaviest vote of at least 1 (ties go to TYPE_ORDER's first). */
export function decideTypes(ev: Map<string, Evidence>): Map<string, EntityType> {
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
  return typeOf;
}

/** The words of a name's first surface: "Tom Hale" -> ["Tom", "Hale"]. */
export function wordsOfKey(ev: Map<string, Evidence>, key: string): string[] {
  const surface = ev.get(key)?.surfaces.keys().next().value ?? '';
  return surface.split(/\s+/);
}
