/**
 * Normalises Unicode in news text: NFC; curly quotes to straight quotes; dashes to
 * "-" ("2019–2020" -> "2019-2020", "Oracle–TikTok" -> "Oracle-TikTok",
 * "last month – giving" -> "last month - giving", "word—word" -> "word - word");
 * non-breaking and other wide spaces to " "; zero-width, bidi and control
 * characters removed; "…" to "..."; lines trimmed, runs of spaces collapsed,
 * at most one blank line between paragraphs. Every regex here is linear.
 */
export function normalizeUnicode(text: string): string {
  return normalizeChars(text)
    .split('\n')
    .map(tidyLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The character-level half of normalizeUnicode (every step except trimming lines and
 * collapsing blank lines). No step looks across a "\n", so for text cut just after a "\n",
 * normalizeChars(a + b) === normalizeChars(a) + normalizeChars(b): a large file can be
 * normalised block by block (readLargeText).
 */
export function normalizeChars(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks
      .replace(/\r\n?|[\u2028\u2029\u000b\u000c]/g, '\n')
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
      .replace(/\u2026/g, '...')
      .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/[\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      // eslint-disable-next-line no-control-regex -- control characters are not text
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(/[\u2010\u2011\u2012\u2212\ufe63\uff0d]/g, '-')
      .replace(/ {2,}/g, ' ')
      // "2019 – 2020", "pages 4—5": a range
      .replace(/(\d) ?[\u2013\u2014] ?(?=\d)/g, '$1-')
      .replace(/( ?)([\u2013\u2014\u2015])( ?)/g, (_m, before: string, dash: string, after: string) =>
        before === '' && after === '' && dash === '\u2013' ? '-' : ' - ',
      )
  );
}

/** One line of normalised text: runs of spaces collapsed, trimmed. */
export function tidyLine(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}
