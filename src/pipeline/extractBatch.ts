import type { Article } from '../types.js';
import type { ArticleExtractor, ExtractionOutcome, ExtractionResult } from './articleExtractor.js';

/** The first line of an error's message: what a failure line shows. */
export const firstLine = (error: unknown): string =>
  error instanceof Error ? error.message.split('\n')[0] : String(error);

/** Runs `work`, turning a throw into a failed outcome. */
export function settle(work: () => ExtractionResult): ExtractionOutcome {
  try {
    return { ok: true, result: work() };
  } catch (error) {
    return { ok: false, error: firstLine(error) };
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
        return { ok: false, error: firstLine(error) };
      }
    }),
  );
}
