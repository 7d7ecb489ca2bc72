/**
 * Bench section: one large plain-text file read with flat memory (issue 3, "a large file is
 * processed as a stream of sentences with flat memory"). Writes a generated `.txt` of
 * `sizeMB` from nlp-corpus sentences (paragraphs of 8, repeated until the size is reached),
 * reads it through readInputs (which streams it as part articles) and splits every part
 * into sentences: reading, cleaning and splitting only, no extraction (measured elsewhere).
 * RSS is sampled every 10 ms and at every part; the result compares its peak with the RSS
 * before the read. The file is deleted afterwards.
 *
 * Usage (from scripts/bench.ts):
 *   import { benchStreamLargeText } from './bench/streamLargeText.js';
 *   const large = await benchStreamLargeText({ sizeMB: 200, dir: os.tmpdir() });
 *   // { sizeMB, sentences, parts, seconds, cpuSeconds, sentencesPerSecond, peakRssMB, baselineRssMB, peakRssDeltaMB }
 * Run with `node --expose-gc` (tsx too) for a steadier baseline.
 */
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { all as corpusSentences } from 'nlp-corpus';
import { readInputs, splitSentences } from '../../src/text/index.js';

export interface StreamLargeTextResult {
  /** Size of the file written, in MB (2^20 bytes). */
  sizeMB: number;
  sentences: number;
  parts: number;
  /** Wall time of the read. */
  seconds: number;
  /** CPU time of the process during the read (user + system): steadier than wall time on a busy machine. */
  cpuSeconds: number;
  sentencesPerSecond: number;
  /** Highest RSS seen during the read. */
  peakRssMB: number;
  /** RSS just before the read (after writing the file). */
  baselineRssMB: number;
  peakRssDeltaMB: number;
}

const MB = 1024 * 1024;
const PARAGRAPH = 8;

export async function benchStreamLargeText(opts: {
  sizeMB: number;
  dir: string;
  /** Sentences per part (readInputs' partSentences). Default: readInputs' default. */
  partSentences?: number;
}): Promise<StreamLargeTextResult> {
  const file = path.join(opts.dir, `stream-large-${process.pid}.txt`);
  writeLargeText(file, opts.sizeMB * MB);
  const bytes = statSync(file).size;
  try {
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage.rss());
    };
    const timer = setInterval(sample, 10);
    let sentences = 0;
    let parts = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    try {
      const items = readInputs([file], {
        root: opts.dir,
        maxFileBytes: bytes + 1,
        streamAboveBytes: Math.min(bytes - 1, 10 * MB),
        partSentences: opts.partSentences,
      });
      for await (const item of items) {
        if (!item.ok) throw new Error(`${item.source}: ${item.reason}`);
        parts++;
        sentences += splitSentences(item.article.text).length;
        sample();
      }
    } finally {
      clearInterval(timer);
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    sample();
    const round = (x: number) => Math.round(x * 10) / 10;
    return {
      sizeMB: round(bytes / MB),
      sentences,
      parts,
      seconds: round(seconds),
      cpuSeconds: round((used.user + used.system) / 1e6),
      sentencesPerSecond: Math.round(sentences / seconds),
      peakRssMB: round(peak / MB),
      baselineRssMB: round(baseline / MB),
      peakRssDeltaMB: round((peak - baseline) / MB),
    };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Writes about `bytes` of news-like text a megabyte at a time (never the whole text in memory). */
function writeLargeText(file: string, bytes: number): void {
  const corpus = corpusSentences() as string[];
  const fd = openSync(file, 'w');
  try {
    let written = writeSync(fd, 'A large plain-text dump read as a stream\n\n');
    let next = 0;
    while (written < bytes) {
      const paragraphs: string[] = [];
      let size = 0;
      while (size < MB && written + size < bytes) {
        const paragraph = Array.from({ length: PARAGRAPH }, () => corpus[next++ % corpus.length]).join(' ');
        paragraphs.push(paragraph);
        size += Buffer.byteLength(paragraph) + 2;
      }
      written += writeSync(fd, paragraphs.join('\n\n') + '\n\n');
    }
  } finally {
    closeSync(fd);
  }
}
