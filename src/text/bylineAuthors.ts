/**
 * The people a byline names: "Ana Ruiz and Tomas Feld" -> ["Ana Ruiz", "Tomas Feld"];
 * "Jane Okoro, Reuters" -> ["Jane Okoro", "Reuters"]; "Ana de la Cruz | 12 March 2024" ->
 * ["Ana de la Cruz"] (what follows "|" is a date or a role). Input: parseByline's result.
 */
export function bylineAuthors(byline: string): string[] {
  const names = byline
    .replace(/^by:?\s+/i, '')
    .split(/\s*[|·•]\s*/)[0]
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '' && !/\d/.test(name));
  return [...new Set(names)];
}
