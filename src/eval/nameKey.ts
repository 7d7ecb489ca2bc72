import { loadWordList } from '../text/loadWordList.js';

const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(loadWordList('eval/corporate-suffixes.txt'));

/**
 * The comparison key of an entity name: case, spacing and punctuation do not count,
 * and a possessive, a leading "the" and trailing corporate suffixes are dropped.
 * "ByteDance's" / "Byte Dance" / "Bytedance Ltd." -> "bytedance"; "The White House" -> "whitehouse".
 * Never strips a name down to nothing: "The Co" keeps "co".
 */
export function nameKey(name: string, suffixes: ReadonlySet<string> = CORPORATE_SUFFIXES): string {
  let text = name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .trim();
  // "ByteDance's" / "Reuters'" (possessive)
  text = text.replace(/'s$/, '').replace(/s'$/, 's');
  // "the Chinese government"
  text = text.replace(/^the\s+/, '');
  const tokens = text.split(/[\s,]+/).filter((token) => token !== '');
  // "Oracle Corp." / "Qadira Holdings plc"
  while (tokens.length > 1 && suffixes.has(tokens[tokens.length - 1].replace(/\./g, ''))) tokens.pop();
  return tokens.join('').replace(/[^\p{L}\p{N}]/gu, '');
}
