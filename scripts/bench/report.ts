import type { StreamLargeTextResult } from './streamLargeText.js';

interface Rate {
  seconds: number;
  sentencesPerSecond: number;
  kbPerSecond: number;
}

/** What `npm run bench` measured; written as JSON under bench/results/ and printed as a table. */
export interface BenchReport {
  date: string;
  machine: { cpus: number; cpu: string; node: string };
  params: { sentences: number; replicas: number; writeArticles: number };
  extraction: {
    corpus: string;
    sentences: number;
    kb: number;
    baseline: Rate;
    newsgraph: Rate;
    ratio: number;
  }[];
  /** firstPass: a fresh pool, each worker's JIT warm-up included; sustained: the same pool's second pass. */
  workers?: { corpus: string; firstPass: WorkerPass; sustained: WorkerPass };
  writes?: {
    articles: number;
    mentionsAndClaims: number;
    batched: { seconds: number; rowsPerSecond: number };
    naive: { seconds: number; rowsPerSecond: number };
    ratio: number;
    sameGraph: boolean;
  };
  reingest?: { articles: number; firstSeconds: number; againSeconds: number; skipped: number; ratio: number };
  fullIngest?: {
    corpus: string;
    /** dist: the built CLI; source: src through tsx. */
    kg: 'dist' | 'source';
    articles: number;
    sentences: number;
    seconds: number;
    sentencesPerSecond: number;
    peakRssMB: number;
  };
  largeText?: StreamLargeTextResult;
  benchProcessPeakRssMB?: number;
}

interface WorkerPass {
  oneWorkerSeconds: number;
  twoWorkersSeconds: number;
  speedup: number;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |\n`;

/** The report as a Markdown table: one line per measurement, the ratio last. */
export function formatReport(r: BenchReport): string {
  let out = `\nnewsgraph benchmark, ${r.date}, ${r.machine.cpus} CPUs (${r.machine.cpu}), Node ${r.machine.node}\n\n`;
  out += row(['measurement', 'newsgraph', 'baseline', 'ratio']);
  out += row(['---', '---', '---', '---']);
  for (const e of r.extraction) {
    out += row([
      `extraction, ${e.corpus} (${e.kb} KB)`,
      `${e.newsgraph.sentencesPerSecond} sent/s, ${e.newsgraph.kbPerSecond} KB/s`,
      `${e.baseline.sentencesPerSecond} sent/s, ${e.baseline.kbPerSecond} KB/s (compromise nlp(text))`,
      `${e.ratio}x`,
    ]);
  }
  if (r.workers) {
    for (const [label, w] of [
      ['first pass of a fresh pool, JIT warm-up included', r.workers.firstPass],
      ['sustained: the second pass', r.workers.sustained],
    ] as const) {
      out += row([
        `worker threads, ${r.workers.corpus}, ${label}`,
        `2 workers: ${w.twoWorkersSeconds} s`,
        `1 worker: ${w.oneWorkerSeconds} s`,
        `${w.speedup}x`,
      ]);
    }
  }
  if (r.writes) {
    const w = r.writes;
    out += row([
      `Neo4j writes, ${w.articles} articles, ${w.mentionsAndClaims} mentions + claims${w.sameGraph ? '' : ' (GRAPHS DIFFER)'}`,
      `batched: ${w.batched.rowsPerSecond} rows/s`,
      `one MERGE per transaction: ${w.naive.rowsPerSecond} rows/s`,
      `${w.ratio}x`,
    ]);
  }
  if (r.reingest) {
    const g = r.reingest;
    out += row([
      `re-ingest of ${g.articles} unchanged articles (${g.skipped} skipped)`,
      `${g.againSeconds} s`,
      `first ingest: ${g.firstSeconds} s`,
      `${g.ratio}x`,
    ]);
  }
  if (r.fullIngest) {
    const f = r.fullIngest;
    out += row([
      `kg ingest --workers 2 (${f.kg}), ${f.corpus}`,
      `${f.sentencesPerSecond} sent/s, ${f.seconds} s`,
      `peak RSS ${f.peakRssMB} MB`,
      '',
    ]);
  }
  if (r.largeText) {
    const t = r.largeText;
    out += row([
      `one ${t.sizeMB} MB .txt streamed (${t.parts} parts, ${t.sentences} sentences)`,
      `peak RSS ${t.peakRssMB} MB (+${t.peakRssDeltaMB} MB), ${t.sentencesPerSecond} sent/s`,
      `RSS before the read: ${t.baselineRssMB} MB`,
      `${Math.round((t.peakRssDeltaMB / t.sizeMB) * 1000) / 1000} MB per MB read`,
    ]);
  }
  return out;
}
