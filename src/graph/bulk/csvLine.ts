/** A value of one CSV cell: null is an empty, unquoted cell (no property); arrays use ARRAY_DELIMITER. */
export type CsvValue = string | number | boolean | null | readonly string[];

/**
 * Between the elements of an array cell (`--array-delimiter`). A control character no news text
 * holds: with the default `;` an alias such as "Smith; Partners" would split in two.
 */
export const ARRAY_DELIMITER = '\u001f';

/** `"Norvex ""Labs"""`: strings always quoted, so "" stays an empty string and only null is no property. */
const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function cell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return quote(value.join(ARRAY_DELIMITER));
}

/** One line of a `neo4j-admin database import` data file: `"a.txt",3,true,` */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(cell).join(',')}\n`;
}
