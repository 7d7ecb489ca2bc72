import type { IngestSummary } from './types.js';

/**
 * Pure: two runs' summaries as one (a watch's rounds). Counts add up, failures are listed in order,
 * `interrupted` holds if either was; `entities` is the later one's, since a watch's rounds share one
 * set of entity ids (IngestOptions.entityIds); `seconds` is the caller's to set.
 */
export function addSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  return {
    articles: {
      new: a.articles.new + b.articles.new,
      updated: a.articles.updated + b.articles.updated,
      skipped: a.articles.skipped + b.articles.skipped,
      failed: a.articles.failed + b.articles.failed,
    },
    urls: {
      fetched: a.urls.fetched + b.urls.fetched,
      notModified: a.urls.notModified + b.urls.notModified,
    },
    sentences: a.sentences + b.sentences,
    entities: Math.max(a.entities, b.entities),
    relations: a.relations + b.relations,
    claims: a.claims + b.claims,
    failures: [...a.failures, ...b.failures],
    seconds: a.seconds + b.seconds,
    peakRssMB: Math.max(a.peakRssMB, b.peakRssMB),
    stageSeconds: {
      lookup: a.stageSeconds.lookup + b.stageSeconds.lookup,
      extract: a.stageSeconds.extract + b.stageSeconds.extract,
      write: a.stageSeconds.write + b.stageSeconds.write,
    },
    dryRun: a.dryRun,
    interrupted: a.interrupted || b.interrupted,
  };
}
