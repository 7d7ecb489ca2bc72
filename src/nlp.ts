/**
 * The one configured compromise instance. It is configured here, once, at module load;
 * nothing else may call `nlp.addWords` or otherwise mutate its lexicon (see STYLE.md).
 */
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

type Conjugate = (verb: string, model: object) => Record<string, string> | undefined;
// The dictionary-and-rules conjugator alone (no parse): about a millisecond for all trigger verbs.
const CONJUGATE = (nlp.methods() as unknown as { two: { transform: { verb: { conjugate: Conjugate } } } }).two
  .transform.verb.conjugate;

const LEXICON: Lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

/** The compromise lexicon tags for a lower-case word or phrase ("larry" -> ["MaleName"]); [] when unknown. */
export function lexiconTags(lower: string): readonly string[] {
  const tags = Object.prototype.hasOwnProperty.call(LEXICON, lower) ? LEXICON[lower] : undefined;
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

/** Inflected forms of a verb lemma ("acquire" -> acquire, acquires, acquired, acquiring). */
export function verbForms(lemma: string): { base: string[]; past: string[]; gerund: string[] } {
  const conj = CONJUGATE(lemma, nlp.model()) ?? {};
  const base = [lemma, conj.PresentTense].filter((x): x is string => Boolean(x));
  const past = [conj.PastTense, conj.Participle].filter((x): x is string => Boolean(x));
  const gerund = [conj.Gerund].filter((x): x is string => Boolean(x));
  return { base, past, gerund };
}

/** Entity tags compromise assigns in one sentence: character ranges (relative to the sentence) per tag. */
export interface NlpSpan {
  start: number;
  end: number;
  tag: 'Person' | 'Organization' | 'Place';
}

/** Runs the full compromise parse on ONE sentence and returns its person/organisation/place spans. */
let parses = 0;
/** How many full parses ran in this process (for the benchmark). */
export function nlpParseCount(): number {
  return parses;
}

interface TaggedTerm {
  tags: Set<string>;
  post: string;
  offset: { start: number; length: number };
}
const ENTITY_TAGS = ['Person', 'Organization', 'Place'] as const;

/**
 * One parse, then a walk over the tagged terms: a run of terms with the same entity tag is one span,
 * broken at punctuation ("Oracle, Microsoft and Walmart" is three). Cheaper than the people() /
 * organizations() / places() views, which each re-match the document (a third of the parse time).
 */
export function nlpEntitySpans(sentence: string): NlpSpan[] {
  parses++;
  const doc = nlp(sentence);
  doc.compute('offset');
  const out: NlpSpan[] = [];
  for (const terms of (doc as unknown as { docs: TaggedTerm[][] }).docs) {
    let open: NlpSpan | null = null;
    for (const term of terms) {
      const tag = ENTITY_TAGS.find((t) => term.tags.has(t));
      const end = term.offset.start + term.offset.length;
      if (open && tag === open.tag) open.end = end;
      else {
        if (open) out.push(open);
        open = tag ? { start: term.offset.start, end, tag } : null;
      }
      if (open && /[^\s'’]/.test(term.post)) {
        out.push(open);
        open = null;
      }
    }
    if (open) out.push(open);
  }
  return out;
}

export { nlp };
