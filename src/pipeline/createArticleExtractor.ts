import { extractDocuments } from '../extract/extractDocument.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { splitSentences } from '../text/index.js';
import type { ExtractionOutcome, ExtractionResult } from './articleExtractor.js';
import { firstLineOf } from '../errors.js';
import type { Article } from '../types.js';

/** Runs `work`, turning a throw into a failed outcome. */
function settle(work: () => ExtractionResult): ExtractionOutcome {
  try {
    return { ok: true, result: work() };
  } catch (error) {
    return { ok: false, error: firstLineOf(error) };
  }
}

/** The in-process extractor: answers synchronously. */
export interface SyncArticleExtractor {
  extract(article: Article): ExtractionResult;
  extractMany(articles: Article[]): ExtractionOutcome[];
}

/** The default extractor: sentence splitting + rule extraction with the data/ lexicon (+ --lexicon files). */
export function createArticleExtractor(
  lexiconFiles: string[],
  maxSentenceChars?: number,
): SyncArticleExtractor {
  const lexicon = loadLexicon({ extraFiles: lexiconFiles });
  const extractMany = (articles: Article[]): ExtractionResult[] => {
    const docs = articles.map((article) => ({
      article,
      sentences: splitSentences(article.text, { maxSentenceChars }),
    }));
    return extractDocuments(docs, lexicon).map((doc, i) => ({ sentences: docs[i].sentences, doc }));
  };
  return {
    extract: (article) => extractMany([article])[0],
    extractMany(articles) {
      try {
        return extractMany(articles).map((result) => ({ ok: true, result }));
      } catch {
        // one article broke the shared pass: extract each alone, so that only that one fails
        return articles.map((article) => settle(() => extractMany([article])[0]));
      }
    },
  };
}
