import type { IngestProgress } from '../pipeline/types.js';

/** A one-line progress display on a TTY (stderr); silent otherwise or when quiet. */
export function progressReporter(quiet: boolean) {
  const tty = !quiet && process.stderr.isTTY;
  let shown = false;
  return {
    update(progress: IngestProgress) {
      if (!tty) return;
      const rate = progress.elapsedSeconds > 0 ? progress.sentencesDone / progress.elapsedSeconds : 0;
      process.stderr.write(
        `\r${progress.articlesDone} articles, ${progress.sentencesDone} sentences, ${rate.toFixed(0)} sentences/s   `,
      );
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\n');
    },
  };
}
