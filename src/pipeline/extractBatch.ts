import { firstLineOf } from '../errors.js';
import type { Article } from '../types.js';
import type { ArticleExtractor, ExtractionOutcome, ExtractionResult } from './articleExtractor.js';

/** Runs `work`, turning a throw into a failed outcome. */
export function settle(work: () => ExtractionResult): ExtractionOutcome {
  try {
    return { ok: true, result: work() };
  } catch (error) {
    return { ok: false, error: firstLineOf(error) };
  }
}

/** extractMany when the extractor has it, else one extract per article; never throws. */
export async function extractBatch(
  extractor: ArticleExtractor,
  articles: Article[],
): Promise<ExtractionOutcome[]> {
  if (extractor.extractMany) return extractor.extractMany(articles);
  return Promise.all(
    articles.map(async (article): Promise<ExtractionOutcome> => {
      try {
        return { ok: true, result: await extractor.extract(article) };
      } catch (error) {
        return { ok: false, error: firstLineOf(error) };
      }
    }),
  );
}
