/**
 * The name comparison of the development sets' scorer (../shared/dev-eval/score.py, `norm`), so that
 * `kg eval` and score.py agree to the last digit: curly quotes made straight, lower case, every "'s"
 * dropped, every run of characters other than a-z, 0-9 and space made one space, a leading
 * "the"/"a"/"an" dropped, spaces collapsed.
 * "The Halden Group's" -> "halden group"; "Zap.io" -> "zap io"; "Société Norvex" -> "soci t norvex".
 * Not the extractor's identity key (src/entities/nameKey.ts): "Byte Dance" and "ByteDance" stay apart,
 * as they do for score.py.
 */
export function scoringKey(name: string): string {
  let text = name
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .trim();
  // Python's \b after "'s": the next character is not a (Unicode) word character.
  text = text.replace(/'s(?![\p{L}\p{N}_])/gu, '');
  text = text.replace(/[^a-z0-9 ]+/g, ' ');
  text = text.trim().replace(/^(the|a|an) /, '');
  return text.replace(/\s+/g, ' ').trim();
}
