import type { Validators } from '../fetch/types.js';
import { readValidators, writeValidators } from '../graph/fetchedUrls.js';
import type { Gateway } from '../graph/gateway.js';
import type { UrlFetched, WebInputOptions } from '../text/web/types.js';
import type { Article } from '../types.js';
import type { IngestSummary } from './types.js';

export interface FetchLedger {
  /** Handed to readInputs: conditional requests from the graph's validators, answers counted. */
  web: Pick<WebInputOptions, 'validatorsFor' | 'onFetched'>;
  /** An article that failed after it was read (extraction): its URL is fetched whole next time. */
  articleFailed(article: Article): void;
  /** After every batch is committed: keeps the validators of the URLs that were read whole. */
  save(): Promise<void>;
}

/**
 * The ingest run's record of URLs: which validators to send (FetchedUrl nodes, read through the
 * gateway), what each URL answered, and, at the end, the validators to keep. They are kept in the
 * graph, not in a cache file: a 304 means "the graph already holds this", which is only true of
 * the graph the validators were written with (an emptied database, another database or another
 * server sends no validators). Kept only for a URL none of whose articles failed, and only when
 * the run was not interrupted, so a 304 never hides an article the graph lacks.
 */
export function createFetchLedger(gateway: Gateway | null, summary: IngestSummary): FetchLedger {
  const answered = new Map<string, UrlFetched>();
  const failed = new Set<string>();
  return {
    web: {
      ...(gateway ? { validatorsFor: (url: string) => readValidators(gateway, url) } : {}),
      onFetched: (fetched) => {
        answered.set(fetched.url, fetched);
        if (fetched.status === 304) summary.urls.notModified++;
        else summary.urls.fetched++;
      },
    },
    articleFailed(article) {
      if (article.path !== undefined) failed.add(article.path);
      failed.add(article.id);
    },
    async save() {
      if (gateway === null || summary.interrupted) return;
      const keep: ({ url: string } & Validators)[] = [];
      for (const fetched of answered.values()) {
        if (fetched.status !== 200 || fetched.failed > 0 || failed.has(fetched.url)) continue;
        keep.push({ url: fetched.url, ...fetched.validators });
      }
      await writeValidators(gateway, keep);
    },
  };
}
