const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;

/**
 * A first line that reads as a headline: short, has letters, and does not end like a
 * sentence. "Acme to buy Norvex in $2bn deal" yes; "Acme said on Monday it would buy Norvex." no.
 */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > MAX_HEADLINE_CHARS || !/\p{L}/u.test(t)) return false;
  if (t.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  return !/[.,;:]["')\]]?$/.test(t);
}
