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

export function nlpEntitySpans(sentence: string): NlpSpan[] {
  parses++;
  const doc = nlp(sentence);
  const out: NlpSpan[] = [];
  const take = (view: { json: (o: object) => unknown }, tag: NlpSpan['tag']): void => {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, tag });
    }
  };
  take(doc.people(), 'Person');
  take(doc.organizations(), 'Organization');
  take(doc.places(), 'Place');
  return out;
}

export { nlp };
