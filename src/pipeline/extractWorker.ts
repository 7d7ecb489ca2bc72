/**
 * A worker thread that extracts articles: it builds the default extractor once (lexicon compiled,
 * compromise loaded) and answers one message per group of articles. See createWorkerExtractor.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../types.js';
import type { ExtractionOutcome } from './articleExtractor.js';
import { createArticleExtractor } from './createArticleExtractor.js';

export interface WorkerSetup {
  lexiconFiles: string[];
  maxSentenceChars?: number;
}
export interface WorkerRequest {
  id: number;
  articles: Article[];
}
export interface WorkerReply {
  id: number;
  outcomes: ExtractionOutcome[];
}

const setup = workerData as WorkerSetup;
const extractor = createArticleExtractor(setup.lexiconFiles, setup.maxSentenceChars);

parentPort!.on('message', (request: WorkerRequest) => {
  // extractMany never throws: a failing article comes back as its own failed outcome
  parentPort!.postMessage({
    id: request.id,
    outcomes: extractor.extractMany(request.articles),
  } satisfies WorkerReply);
});
