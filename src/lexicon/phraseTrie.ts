/** A trie over lower-cased token sequences, for longest-match lookup of names and trigger phrases. */
export interface PhraseTrie<V> {
  next: Map<string, PhraseTrie<V>>;
  values: V[];
}

export function createTrie<V>(): PhraseTrie<V> {
  return { next: new Map(), values: [] };
}

export function addPhrase<V>(trie: PhraseTrie<V>, words: readonly string[], value: V): void {
  let node = trie;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = createTrie<V>();
      node.next.set(w, child);
    }
    node = child;
  }
  node.values.push(value);
}

/** The longest phrase starting at `from`: its end index (exclusive) and values, or undefined. */
export function longestMatch<V>(
  trie: PhraseTrie<V>,
  words: readonly string[],
  from: number,
): { end: number; values: V[] } | undefined {
  let node: PhraseTrie<V> | undefined = trie;
  let best: { end: number; values: V[] } | undefined;
  for (let i = from; i < words.length && node; i++) {
    node = node.next.get(words[i]);
    if (node && node.values.length > 0) best = { end: i + 1, values: node.values };
  }
  return best;
}
