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
/** Is the word a verb form in compromise's lexicon ("acquired" yes, "acquisition" no)? */
export const isVerbLike = (lower: string): boolean => lexiconTags(lower).some((t) => VERB_TAGS.has(t));

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

interface TaggedTerm {
  tags: Set<string>;
  post: string;
  offset: { start: number; length: number };
}
const ENTITY_TAGS = ['Person', 'Organization', 'Place'] as const;
/** The steps nlp() runs after tokenize() has run contractions, alias and machine: all but 'chunks'. */
const PARSE_STEPS = nlp
  .hooks()
  .filter((step) => !['contractions', 'alias', 'machine', 'chunks'].includes(step));

/** Sentences per compromise call in nlpEntitySpansGrouped. */
const PARSE_GROUP = 30;

/** compromise ends a sentence at a blank line, so joined sentences are tagged one by one. */
const SEPARATOR = '\n\n';

/** Runs the full compromise parse on ONE sentence and returns its person/organisation/place spans. */
export function nlpEntitySpans(sentence: string): NlpSpan[] {
  return nlpEntitySpansBatch([sentence])[0];
}

/**
 * The spans of several sentences from ONE compromise parse of the sentences joined by blank lines.
 * Each nlp() call has a fixed cost (the post-tagger sweeps its whole pattern set once per
 * document): 273 nlp-corpus sentences parsed one by one took 6.9 s, in groups of 30 2.9 s.
 * Then a walk over the tagged terms: a run of terms with the same entity tag is one span, broken
 * at punctuation ("Oracle, Microsoft and Walmart" is three) and at the end of a sentence.
 * Cheaper than the people() / organizations() / places() views, which each re-match the document.
 */
export function nlpEntitySpansBatch(sentences: readonly string[]): NlpSpan[][] {
  const out: NlpSpan[][] = sentences.map(() => []);
  if (sentences.length === 0) return out;
  const starts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    starts.push(at);
    at += s.length + SEPARATOR.length;
  }
  const docs = tagTerms(sentences.join(SEPARATOR));
  const merged = sentencesSharingADoc(docs, starts);
  let k = 0; // the sentence holding the current term: terms come in text order
  for (const terms of docs) k = collectSpans(terms, sentences, starts, k, out);
  // compromise kept two of them in one sentence despite the blank line (an open quotation mark:
  // 'before the meeting." -Talia M'): their tags then depend on their neighbours in the call, so
  // each is parsed again alone, and a batch gives every sentence what it gets alone
  for (const i of merged) out[i] = nlpEntitySpansBatch([sentences[i]])[0];
  return out;
}

/** The input sentences (by index) whose terms share one compromise sentence with another input sentence's. */
function sentencesSharingADoc(docs: TaggedTerm[][], starts: number[]): Set<number> {
  const merged = new Set<number>();
  for (const terms of docs) {
    const seen = new Set<number>();
    let k = 0;
    for (const term of terms) {
      while (k + 1 < starts.length && term.offset.start >= starts[k + 1]) k++;
      seen.add(k);
    }
    if (seen.size > 1) for (const i of seen) merged.add(i);
  }
  return merged;
}

/**
 * nlp(text) without its last step, the chunker (noun and verb phrases, which we never read):
 * the same tags on every term (checked on the sample articles and 3,000 nlp-corpus sentences),
 * about 8% less time. tokenize() runs the first steps; PARSE_STEPS the rest, in nlp()'s order.
 */
function tagTerms(text: string): TaggedTerm[][] {
  const doc = nlp.tokenize(text);
  doc.compute(PARSE_STEPS);
  doc.compute('offset');
  return (doc as unknown as { docs: TaggedTerm[][] }).docs;
}

/** The spans of one compromise sentence's terms into `out`; returns the index of the last input sentence seen. */
function collectSpans(
  terms: TaggedTerm[],
  sentences: readonly string[],
  starts: number[],
  k: number,
  out: NlpSpan[][],
): number {
  let open: { span: NlpSpan; sentence: number } | null = null;
  for (const term of terms) {
    while (k + 1 < starts.length && term.offset.start >= starts[k + 1]) k++;
    const tag = entityTagOf(term.tags);
    const start = term.offset.start - starts[k];
    const end = Math.min(start + term.offset.length, sentences[k].length);
    if (open && open.sentence === k && tag === open.span.tag) open.span.end = end;
    else {
      if (open) out[open.sentence].push(open.span);
      open = tag ? { span: { start, end, tag }, sentence: k } : null;
    }
    if (open && /[^\s'’]/.test(term.post)) {
      out[open.sentence].push(open.span);
      open = null;
    }
  }
  if (open) out[open.sentence].push(open.span);
  return k;
}

function entityTagOf(tags: Set<string>): NlpSpan['tag'] | undefined {
  for (const t of ENTITY_TAGS) if (tags.has(t)) return t;
  return undefined;
}

/**
 * nlpEntitySpansBatch over any number of sentences, in calls of at most PARSE_GROUP sentences:
 * fewer calls than one per document, yet no call so long that it slows down (600 nlp-corpus
 * sentences: one per call 3.3 s, 4 per call 2.0 s, 30 per call 1.3 s, 100 per call 2.0 s).
 */
export function nlpEntitySpansGrouped(sentences: readonly string[]): NlpSpan[][] {
  const out: NlpSpan[][] = [];
  for (let i = 0; i < sentences.length; i += PARSE_GROUP) {
    out.push(...nlpEntitySpansBatch(sentences.slice(i, i + PARSE_GROUP)));
  }
  return out;
}

export { nlp };
