/**
 * The typed records that pass between pipeline steps (see ../shared/STYLE.md).
 * Plain data only: compromise objects are converted to these right after NER.
 * Field names of ExtractedDoc are a public contract (`kg extract` output).
 */

export const ENTITY_TYPES = ['Organization', 'Person', 'Government', 'Place', 'Product'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'BID_FOR',
  'REJECTED',
  'PARTNERED_WITH',
  'REGULATES',
  'OWNS',
  'ACQUIRED',
  'LEADS',
  'SUPPORTS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
/** How precise a time is: "on Monday" a day, "last week" a week, "in March 2019" a month. */
export type Granularity = (typeof GRANULARITIES)[number];

/** Where a claim's event time comes from: its evidence sentence, else the article's dateline or publication date. */
export type TimeSource = 'sentence' | 'dateline' | 'publication';

/** One input document after reading and cleaning. */
export interface Article {
  /** Stable id: the path relative to the input root, or the JSON Lines `id`. */
  id: string;
  title: string;
  /** Cleaned text; every offset below points into this string. */
  text: string;
  path?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) when known. */
  published?: string;
  byline?: string;
  /** When the page says it was last changed (JSON-LD dateModified, article:modified_time), as written there. */
  modified?: string;
  /** The people named as authors (page metadata, else the byline): ["Ana Ruiz", "Tomas Feld"]. */
  authors?: string[];
  /** The publication (JSON-LD publisher, og:site_name). */
  publisher?: string;
  /** The page's own address (<link rel="canonical">, og:url). */
  canonicalUrl?: string;
  /** BCP 47 language tag (<html lang>, inLanguage, og:locale). */
  language?: string;
  /**
   * sha256, hex, of what the article is made of: a file's raw bytes (a part carries its file's), or
   * a JSON Lines record's id, title, text, url and published (jsonLineSha256). Unchanged: skipped.
   */
  sha256: string;
  /** Set on a part of a large file read as a stream (id `<file id>#part-0001`). */
  part?: ArticlePart;
}

/** Where a part's text sits in the whole file's cleaned text. */
export interface ArticlePart {
  /** The whole file's id. */
  of: string;
  /** 1, 2, ...: the part's number. */
  number: number;
  /** Offset of Article.text in the whole cleaned text: add it to a part's offsets. */
  offset: number;
  /** Index in the whole text of the part's sentence 0: add it to a part's sentence indexes. */
  firstSentence: number;
}

/** A sentence with character offsets into Article.text; the headline is sentence 0. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** A surface mention of an entity: offsets are into Article.text. */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** Stable across documents and runs: derived from type + canonical name. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
}

export interface Relation {
  type: RelationType;
  /** Entity ids. */
  source: string;
  target: string;
  /** The sentence text that states the relation. */
  evidence: string;
  /** Sentence index in the document. */
  sentence: number;
  /** Character span of the evidence sentence in Article.text. */
  start: number;
  end: number;
  trigger: string;
  confidence: number;
  /** Denied: "Qadira did not reject the offer", "Norvex denied reports that it is in talks to buy Lumo". */
  negated: boolean;
  /**
   * Only possible, expected, considered or rumoured: "Norvex could bid for Lumo", "is expected to
   * endorse". Attribution is not a hedge: "Norvex reportedly bid for Lumo" is a reported fact.
   */
  hedged: boolean;
  /**
   * When it happened (docs/event-time.md): the time expression of the evidence sentence nearest the
   * trigger, else the article's dateline or publication date; all absent when nothing is known.
   * First day, ISO: "rejected the offer on Monday" (published Wed 2019-09-18) -> 2019-09-16.
   */
  eventDate?: string;
  /** Last day of a period longer than a day: "in March 2019" -> 2019-03-31. */
  eventEnd?: string;
  granularity?: Granularity;
  /** The words: "on Monday"; kept when the date cannot be resolved (relative, no publication date). */
  timeText?: string;
  timeSource?: TimeSource;
  /** The time is future or hypothetical: "will close next year", "expected to complete by March". */
  expected?: boolean;
}

/** What an article says about itself, as `kg extract` prints it (only the fields that are known). */
export type ArticleMeta = Partial<
  Pick<
    Article,
    'url' | 'published' | 'modified' | 'byline' | 'authors' | 'publisher' | 'canonicalUrl' | 'language'
  >
>;

/** The `kg extract` contract: one per document. */
export interface ExtractedDoc {
  doc: string;
  title: string;
  /** The article's metadata (date, authors, publisher...); absent when none is known. */
  meta?: ArticleMeta;
  entities: Entity[];
  /** The facts the text asserts (reported facts included): every one has negated = hedged = false. */
  relations: Relation[];
  /**
   * Relations the text states but does not assert: denied (negated) or only possible, expected or
   * rumoured (hedged). Kept for the graph, which writes them as claims, never as facts (see
   * docs/graph-model.md). Absent in output written before it existed.
   */
  unasserted?: Relation[];
}
