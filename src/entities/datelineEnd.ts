import type { SentenceTokens } from './docTokens.js';

const CAPS = /^\p{Lu}[\p{Lu}.]+$/u;
const DASHES = new Set(['-', '–', '—', ':']);

/**
 * The end of a dateline that opens the sentence, date and dash included ("HALDEN, March 3, 2024 -",
 * "PORT QADIRA/MARLOW, Jun 2 (wire) -"), else 0. A dateline names where the story was filed: it is no party to the story,
 * so "MARLOW" there is no government even when Marlow is a capital.
 */
export function datelineEnd(st: SentenceTokens): number {
  const { tokens } = st;
  let k = 0;
  while (k < tokens.length && (CAPS.test(tokens[k].text) || (k > 0 && tokens[k].text === '/'))) k++;
  if (k === 0 || (tokens[k]?.text !== ',' && tokens[k]?.text !== '(')) return 0;
  let digit = false;
  for (let m = k + 1; m < Math.min(tokens.length, k + 10); m++) {
    if (/^\p{N}/u.test(tokens[m].text)) digit = true;
    else if (digit && DASHES.has(tokens[m].text)) return m + 1;
  }
  return 0;
}
