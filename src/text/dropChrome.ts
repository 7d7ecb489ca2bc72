import { loadWordList } from '../lexicon/loadWordList.js';

/** Chrome lines are short: longer lines are article text and are not tested. */
const MAX_CHROME_LINE = 300;

/** One case-insensitive regex from data/chrome-patterns.txt, each pattern anchored to a whole line. */
const CHROME = new RegExp(`^(?:${loadWordList('chrome-patterns.txt').join('|')})$`, 'iu');

/** True for a page-chrome line: "Read more: ...", "Leave a Reply", "Share this:", "Advertisement". */
export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && trimmed.length <= MAX_CHROME_LINE && CHROME.test(trimmed);
}

/** Removes page-chrome lines (navigation, sharing, newsletter, cookie and legal boilerplate). */
export function dropChrome(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isChromeLine(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
