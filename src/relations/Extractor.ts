import type { CompiledLexicon } from '../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../entities/docTokens.js';
import type { DocEntity, EntityRef } from '../entities/recognizeEntities.js';
import type { Article, Relation, Sentence } from '../types.js';

/** What an extractor may look at for one sentence (all plain data, already resolved). */
export interface ExtractionContext {
  article: Article;
  tokens: SentenceTokens;
  /** Entity references in this sentence (names, descriptors, pronouns), in text order. */
  refs: EntityRef[];
  /** All entities of the document by key. */
  entities: ReadonlyMap<string, DocEntity>;
  lexicon: CompiledLexicon;
  /**
   * Entity keys of the parties of the deal (BID_FOR or ACQUIRED) the document has stated most often
   * before this sentence (the latest of equals): what "the takeover", "the deal" in "the
   * Commission cleared the takeover" refers to.
   */
  recentDeal?: readonly string[];
}

/** A relation extractor: the rule extractor and any later one plug into extractDocument through this. */
export interface Extractor {
  name: string;
  extract(sentence: Sentence, context: ExtractionContext): Relation[];
}
