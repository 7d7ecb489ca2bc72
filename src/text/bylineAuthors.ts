import { loadWordList } from '../lexicon/loadWordList.js';

const ROLES = new Set(loadWordList('byline-roles.txt'));
const PARTICLES = new Set(loadWordList('byline-particles.txt'));

/**
 * The people a byline names: "Ana Ruiz and Tomas Feld" -> ["Ana Ruiz", "Tomas Feld"];
 * "Jane Okoro, Reuters" -> ["Jane Okoro", "Reuters"]; "Ana de la Cruz | 12 March 2024" ->
 * ["Ana de la Cruz"] (what follows "|" is a date or a role). Input: parseByline's result.
 * A job title is no name ("Della Frane, Staff Writer" -> ["Della Frane"]: data/byline-roles.txt),
 * nor is where or for whom the author writes ("Osman Teller in London", "MARIKA HOLLIS FOR THE
 * DAILY BUGLE" -> "Marika Hollis": a name set in capitals is written as a name).
 */
export function bylineAuthors(byline: string): string[] {
  const names = byline
    .replace(/^by:?\s+/i, '')
    .split(/\s*[|·•]\s*/)[0]
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((name) => name.replace(/\s+(?:in|for)\s+\p{Lu}.*$/iu, '').trim())
    .filter((name) => name !== '' && !/\d/.test(name) && !isRole(name) && name.split(/\s+/).every(isNameWord))
    .map(fromCapitals);
  return [...new Set(names)];
}

/** "Staff Writer", "Environment correspondent". */
function isRole(part: string): boolean {
  return ROLES.has(part.split(/\s+/).at(-1)!.toLowerCase());
}

/** "Jane", "O'Neil", "JANE", "Smith-Jones", "J.", "de" (particle). */
function isNameWord(word: string): boolean {
  return PARTICLES.has(word) || /^[\p{Lu}][\p{L}\p{M}'.-]*$/u.test(word);
}

/** "MARIKA HOLLIS" -> "Marika Hollis"; "ANNE-MARIE O'NEIL" -> "Anne-Marie O'Neil"; "Ana Ruiz", "AFP" unchanged. */
function fromCapitals(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name) || !name.includes(' ')) return name; // "AFP" is an acronym
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
