/**
 * A worker thread that extracts articles: it builds the default extractor once (lexicon compiled,
 * compromise loaded) and answers one message per article. See createWorkerExtractor.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../types.js';
import { createArticleExtractor } from './createArticleExtractor.js';

export interface WorkerSetup {
  lexiconFiles: string[];
  maxSentenceChars?: number;
}
export interface WorkerRequest {
  id: number;
  article: Article;
}

const setup = workerData as WorkerSetup;
const extractor = createArticleExtractor(setup.lexiconFiles, setup.maxSentenceChars);

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, ok: true, result: extractor.extract(request.article) });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    parentPort!.postMessage({ id: request.id, ok: false, error: message });
  }
});
