import { extractDocument } from '../extract/extractDocument.js';
import { loadLexicon } from '../extract/lexicon.js';
import { splitSentences } from '../text/index.js';
import type { ExtractionResult } from './articleExtractor.js';
import type { Article } from '../types.js';

/** The in-process extractor: answers synchronously. */
export interface SyncArticleExtractor {
  extract(article: Article): ExtractionResult;
}

/** The default extractor: sentence splitting + rule extraction with the data/ lexicon (+ --lexicon files). */
export function createArticleExtractor(
  lexiconFiles: string[],
  maxSentenceChars?: number,
): SyncArticleExtractor {
  const lexicon = loadLexicon({ extraFiles: lexiconFiles });
  return {
    extract(article) {
      const sentences = splitSentences(article.text, { maxSentenceChars });
      return { sentences, doc: extractDocument(article, sentences, lexicon) };
    },
  };
}
