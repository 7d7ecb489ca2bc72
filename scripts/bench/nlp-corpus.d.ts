// nlp-corpus ships no types: the two functions the benchmark uses.
declare module 'nlp-corpus' {
  /** The first `max` sentences of the corpus. */
  export function some(max?: number): string[];
  /** Every sentence (about 100,000). */
  export function all(): string[];
}
