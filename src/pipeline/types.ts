import type { ArticleRows } from '../graph/toWriteRows.js';
import type { WebInputOptions } from '../text/web/types.js';

/** What one ingest run did, printed as the summary and as `--json`. */
export interface IngestSummary {
  articles: { new: number; updated: number; skipped: number; failed: number };
  sentences: number;
  entities: number;
  relations: number;
  claims: number;
  failures: { source: string; reason: string }[];
  /** URLs read (pages, feeds, followed links): answered in full, or 304 Not Modified (nothing read). */
  urls: { fetched: number; notModified: number };
  seconds: number;
  /** Peak resident memory of the process (worker threads included) at the end of the run, in MB. */
  peakRssMB: number;
  /**
   * Busy seconds of each stage. The stages overlap (batch k+1 extracts while batch k is written),
   * so they add up to more than `seconds`: a stage's share of `seconds` says how much of the run it
   * kept busy. lookup: which articles are already in the graph; extract: extraction (in the workers
   * when there are some); write: the write transactions (or the bulk run's CSV files).
   */
  stageSeconds: StageSeconds;
  dryRun: boolean;
  /** True when Ctrl-C stopped the run early; everything counted above was committed. */
  interrupted: boolean;
}

export interface StageSeconds {
  lookup: number;
  extract: number;
  write: number;
}

export interface IngestProgress {
  articlesDone: number;
  sentencesDone: number;
  elapsedSeconds: number;
}

/** One article's outcome: "news/a.txt: new, 12 sentences, 3 relations". */
export interface ArticleDone {
  id: string;
  /** The file (or file:line) it came from; the id for stdin. */
  source: string;
  kind: 'new' | 'updated' | 'skipped';
  sentences: number;
  relations: number;
}

export interface IngestOptions {
  /** Articles per write transaction (SETTINGS.batchSize). */
  batchSize: number;
  dryRun: boolean;
  /** Extra gazetteer files (`--lexicon`). */
  lexiconFiles: string[];
  maxFileBytes?: number;
  maxSentenceChars?: number;
  /** Ids are paths relative to this directory. */
  root?: string;
  onProgress?: (progress: IngestProgress) => void;
  /** Called for each article once it is written (or found unchanged): `kg ingest --watch` prints a line. */
  onArticle?: (done: ArticleDone) => void;
  /** Entity ids already counted in `entities`: a watch passes one set to all its rounds. */
  entityIds?: Set<string>;
  /** Aborting stops the run after the batch in flight is committed. */
  signal?: AbortSignal;
  /** URLs and feeds: --follow-links, --concurrency, timeouts (conditional requests come from the graph). */
  web?: Omit<WebInputOptions, 'validatorsFor' | 'onFetched'>;
  /** Takes the batches instead of the Neo4j writer (`kg ingest --bulk`): no hash lookups, no schema. */
  sink?: BatchSink;
}

/** Where a bulk run's batches go: CSV files for the import, then the import itself. */
export interface BatchSink {
  write(batch: ArticleRows[]): Promise<void>;
  /** Once every batch is in, before the URL validators are saved into the (now loaded) database. */
  finish(): Promise<void>;
}

export function emptySummary(dryRun: boolean): IngestSummary {
  return {
    articles: { new: 0, updated: 0, skipped: 0, failed: 0 },
    sentences: 0,
    entities: 0,
    relations: 0,
    claims: 0,
    failures: [],
    urls: { fetched: 0, notModified: 0 },
    seconds: 0,
    peakRssMB: 0,
    stageSeconds: { lookup: 0, extract: 0, write: 0 },
    dryRun,
    interrupted: false,
  };
}
