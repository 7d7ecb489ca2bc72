import { formatWatchLine, type WatchEvent } from '../pipeline/formatWatchLine.js';
import type { ArticleDone } from '../pipeline/types.js';

/** The lines `kg ingest --watch` prints on stderr, one per file event; silent when quiet (errors still show). */
export function watchReporter(quiet: boolean) {
  const print = (event: WatchEvent) => {
    if (!quiet || event.kind === 'watcherError') process.stderr.write(`${formatWatchLine(event)}\n`);
  };
  return {
    onEvent: print,
    onArticle: (article: ArticleDone) => print({ kind: 'article', article }),
  };
}
