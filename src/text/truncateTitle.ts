const MAX_TITLE_CHARS = 120;

/** A title from a first sentence: cut at the last word boundary before 120 characters, with "...". */
export function truncateTitle(sentence: string): string {
  const t = sentence.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_TITLE_CHARS) return t;
  const cut = t.lastIndexOf(' ', MAX_TITLE_CHARS - 3);
  if (cut > MAX_TITLE_CHARS / 2) return t.slice(0, cut) + '...';
  // One very long word: cut by code points, never inside a surrogate pair.
  return (
    Array.from(t)
      .slice(0, MAX_TITLE_CHARS - 3)
      .join('') + '...'
  );
}
