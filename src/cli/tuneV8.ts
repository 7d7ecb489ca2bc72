/**
 * Side-effect module, imported first by the kg entry point (and by the benchmark, which measures
 * what kg does): V8 inlines at most 230 bytes of bytecode into one optimised function instead of
 * its default 920. Every worker thread is its own V8 isolate that compiles compromise and
 * newsgraph for itself, and on 2 cores that compile work competes with the workers. Measured on
 * the 100,000 nlp-corpus sentences (per-thread CPU from /proc, one run each, December 2026):
 * V8's background threads used 8.4 CPU-s in the first pass of 2 workers with this flag against
 * 15.0-15.3 without, and 2 workers were 1.56x faster than 1 against 1.23-1.48x. In one thread,
 * extraction takes the same wall time with 6-14% less CPU. V8 reads the flag whenever it
 * compiles, so setting it before the first hot function is compiled is enough.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=230';

setFlagsFromString(V8_FLAGS);
