/** A token of a sentence; offsets are into Article.text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital ("Oracle") or is camel-cased ("iPhone"). */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
}

// "U.S." | words with inner - . & ("Ben-Itzhak", "co-founded", "Amazon.com") | clitics ("’s", "n’t" -> "’t") | any other char.
// Every alternative consumes at least one char and has no nested quantifiers: linear on 1 MB lines.
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*|['’](?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])|\S/gu;
const CAP = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;
const WORD = /^[\p{L}\p{N}]/u;

/** Splits text into tokens; `offset` is the position of `text` in the article. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = offset + (m.index ?? 0);
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      cap: CAP.test(t),
      word: WORD.test(t),
    });
  }
  return tokens;
}
