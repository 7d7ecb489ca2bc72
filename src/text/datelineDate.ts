import { isoDate } from './isoDate.js';

/**
 * The date in a paragraph's opening dateline, or undefined: "HALVERSTON, Ohio, March 4, 2025
 * /Pressfeed/ -- Kestrel Systems ..." -> 2025-03-04; "VARNHOLM, 12 March 2025 (Meridian Wire) -
 * ..." -> 2025-03-12. Press releases and some wire copy give their date only there. The place is
 * in capitals (the dateline's convention), so a sentence that starts "By March 4, 2025, the plant
 * ..." is no dateline. A date without a year ("VARNHOLM, March 12 (Meridian Wire) -") is not guessed.
 */
export function datelineDate(paragraph: string): string | undefined {
  const m =
    /^\p{Lu}[\p{Lu}\p{M} .'-]{1,40},(?: [\p{L}.' ]{2,30},)? ((?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? |\d{1,2} \p{Lu}\p{Ll}{2,8} )\d{4})\b/u.exec(
      paragraph,
    );
  return m ? isoDate(m[1].replace(/(\p{L})\.(?= )/u, '$1')) : undefined;
}
