import { extractDocument } from '../extract/extractDocument.js';
import { loadLexicon } from '../extract/lexicon.js';
import { splitSentences } from '../text/index.js';
import type { ArticleExtractor } from './articleExtractor.js';

/** The default extractor: sentence splitting + rule extraction with the data/ lexicon (+ --lexicon files). */
export function createArticleExtractor(lexiconFiles: string[], maxSentenceChars?: number): ArticleExtractor {
  const lexicon = loadLexicon({ extraFiles: lexiconFiles });
  return {
    extract(article) {
      const sentences = splitSentences(article.text, { maxSentenceChars });
      return { sentences, doc: extractDocument(article, sentences, lexicon) };
    },
  };
}
