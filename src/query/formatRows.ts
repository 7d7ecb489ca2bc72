import { formatCell } from './formatCell.js';

export type OutputFormat = 'table' | 'json' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv'];

type Row = Record<string, unknown>;

/** Pure: result rows -> the text `kg query --format` prints (ends with a newline). */
export function formatRows(rows: readonly Row[], format: OutputFormat, maxCellWidth = 80): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return formatCsv(rows);
  return formatTable(rows, maxCellWidth);
}

const columnsOf = (rows: readonly Row[]) => [...new Set(rows.flatMap((row) => Object.keys(row)))];

/**
 *   bidder    | target | claims
 *   ----------+--------+-------
 *   Microsoft | TikTok | 4
 *   (1 row)
 */
export function formatTable(rows: readonly Row[], maxCellWidth = 80): string {
  if (rows.length === 0) return '(no rows)\n';
  const columns = columnsOf(rows);
  const clip = (text: string) => (text.length > maxCellWidth ? `${text.slice(0, maxCellWidth - 1)}…` : text);
  const cells = rows.map((row) => columns.map((column) => clip(formatCell(row[column]))));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i].length)));
  const numeric = columns.map((column) =>
    rows.every((row) => row[column] == null || typeof row[column] === 'number'),
  );
  const render = (line: string[]) =>
    line
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join(' | ')
      .trimEnd();
  const lines = [
    render(columns),
    widths.map((w) => '-'.repeat(w)).join('-+-'),
    ...cells.map(render),
    `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`,
  ];
  return `${lines.join('\n')}\n`;
}

/** RFC 4180: a header line, then one line per row; cells quoted when they hold `,` `"` or a line break. */
export function formatCsv(rows: readonly Row[]): string {
  const columns = columnsOf(rows);
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [
    columns.map(quote).join(','),
    ...rows.map((row) => columns.map((c) => quote(formatCell(row[c]))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
