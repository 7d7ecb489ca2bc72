import { LINK_END, LINK_START } from './domText.js';

/** A link's text, as domText marks it with `markLinks`. */
const LINK = new RegExp(`${LINK_START}[^${LINK_END}]*${LINK_END}`, 'g');
/** What may stand between links on a navigation line: "Home | News | Contact", "<< Previous story | Next story >>". */
const SEPARATORS = /^[\s|•·»«<>/\\:,–—-]*$/u;
const MARKS = new RegExp(`[${LINK_START}${LINK_END}]`, 'g');

/**
 * Removes the lines that are nothing but links (navigation bars, "Order Reprints | Today's Paper",
 * "<< Previous story | Next story >>", a kicker that links to its section): what a reader reads is
 * not a link to elsewhere. Input: domText's text with `markLinks`; the marks are removed.
 */
export function dropLinkLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !(line.includes(LINK_START) && SEPARATORS.test(line.replace(LINK, ' '))))
    .map((line) => line.replace(MARKS, ''))
    .join('\n');
}
