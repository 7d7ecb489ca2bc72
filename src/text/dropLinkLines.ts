/** What may stand between links on a navigation line: "Home | News | Contact", "<< Previous story | Next story >>". */
const SEPARATORS = /^[\s|•·»«<>/\\:,–—-]*$/u;

/**
 * Removes the lines that are nothing but links (navigation bars, "Order Reprints | Today's Paper",
 * "<< Previous story | Next story >>"): what a reader reads is not a link to elsewhere.
 * `links` are the texts of the links in the markup the text came from.
 */
export function dropLinkLines(text: string, links: string[]): string {
  const texts = [...new Set(links.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  return text
    .split('\n')
    .filter((line) => {
      if (line.trim() === '') return true;
      let rest = line.replace(/\s+/g, ' ');
      let found = false;
      for (const link of texts) {
        if (!rest.includes(link)) continue;
        rest = rest.split(link).join(' ');
        found = true;
      }
      return !(found && SEPARATORS.test(rest));
    })
    .join('\n');
}
