import { loadWordList } from '../lexicon/loadWordList.js';

const PARTICLES = new Set(loadWordList('byline-particles.txt'));
const MAX_BYLINE = 160;

/**
 * The names in a byline line, or undefined when the line is not a byline:
 * "By Jane Doe" -> "Jane Doe"; "By Jane Doe, Reuters" -> "Jane Doe, Reuters";
 * "By Jane Doe and John Roe | 12 March 2024" -> "Jane Doe and John Roe | 12 March 2024";
 * "By Jane Doe · 27 January 2025" -> "Jane Doe · 27 January 2025".
 * Not bylines: "By Monday, analysts expected a deal." / "By late Friday the firm had agreed."
 */
export function parseByline(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length > MAX_BYLINE) return undefined;
  const m = /^(?:written |words |reporting )?by:?\s+(.+)$/i.exec(trimmed);
  if (!m) return undefined;
  const rest = m[1].trim();
  // A sentence ends with a period; a byline does not ("Jr." aside).
  if (/[.!?;:]$/.test(rest) && !/\b(Jr|Sr)\.$/.test(rest)) return undefined;
  const parts = rest.split(/\s*(?:,|\||·|•|\/|;|\band\b|&|\s-\s)\s*/).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const [first, ...others] = parts;
  const firstWords = first.split(/\s+/);
  if (firstWords.length > 5 || !firstWords.every(isNameWord)) return undefined;
  if (firstWords.length === 1 && parts.length > 1 && !/\band\b|&/.test(rest)) {
    // "By Monday, ..." looks like a one-word name followed by more text: only "By Reuters" stands alone.
    if (!others.every((p) => p.split(/\s+/).every((w) => isNameWord(w) || /\d/.test(w)))) return undefined;
  }
  for (const part of others) {
    const words = part.split(/\s+/);
    if (words.length > 6) return undefined;
    if (!words.every((w) => isNameWord(w) || /\d/.test(w))) return undefined;
  }
  return rest;
}

/** "Jane", "O'Neil", "JANE", "Smith-Jones", "J.", "de" (particle). */
function isNameWord(word: string): boolean {
  if (PARTICLES.has(word)) return true;
  return /^[\p{Lu}][\p{L}\p{M}'.-]*$/u.test(word);
}
