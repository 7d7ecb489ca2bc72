import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { BULK_FILES, BULK_FILE_NAMES, type BulkFile, type BulkLines } from '../graph/bulk/bulkFiles.js';

/**
 * The import files in `dir`: `<name>-header.csv` (one line) and `<name>.csv` (the data, appended as
 * batches come). Waits for a stream to drain when it is full, so memory stays bounded by a batch.
 */
export function createCsvSink(dir: string) {
  mkdirSync(dir, { recursive: true });
  const streams = new Map<BulkFile, WriteStream>();
  for (const name of BULK_FILE_NAMES) {
    writeFileSync(join(dir, `${name}-header.csv`), `${BULK_FILES[name].header}\n`);
    streams.set(name, createWriteStream(join(dir, `${name}.csv`)));
  }
  return {
    async append(lines: BulkLines): Promise<void> {
      for (const name of BULK_FILE_NAMES) {
        const rows = lines[name];
        if (!rows || rows.length === 0) continue;
        const stream = streams.get(name)!;
        if (!stream.write(rows.join(''))) await once(stream, 'drain');
      }
    },
    async close(): Promise<void> {
      await Promise.all(
        [...streams.values()].map(
          (stream) =>
            new Promise<void>((resolve, reject) =>
              stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
            ),
        ),
      );
    },
  };
}
