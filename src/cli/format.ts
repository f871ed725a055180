import { csvText } from '../store/index.js';

export type OutputFormat = 'table' | 'csv' | 'json';

/** One column of tabular output: a header and how to read the cell from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null;
  /** Right-align in tables (numbers). */
  right?: boolean;
}

/** Renders rows as an aligned text table, CSV with a header, or a JSON array of objects keyed by header. */
export function formatRows<T>(rows: T[], columns: Column<T>[], format: OutputFormat): string {
  if (format === 'json') {
    const objects = rows.map((row) => Object.fromEntries(columns.map((c) => [c.header, c.value(row)])));
    return `${JSON.stringify(objects, null, 2)}\n`;
  }
  // numbers stay numbers in CSV, so that only text is neutralised as a would-be formula
  if (format === 'csv') return csvText([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))]);
  return table(columns, rows.map((row) => columns.map((c) => cellText(c.value(row)))));
}

function cellText(value: string | number | boolean | null): string {
  return value === null ? '' : String(value);
}

/** Longest cell shown in a table; the CSV and JSON forms are never cut. */
const MAX_TABLE_CELL = 60;

function table<T>(columns: Column<T>[], cells: string[][]): string {
  const clipped = cells.map((row) => row.map((cell) => (cell.length > MAX_TABLE_CELL ? `${cell.slice(0, MAX_TABLE_CELL - 1)}…` : cell)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...clipped.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (columns[i]!.right ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...clipped.map(line)].join('\n') + '\n';
}

/** Thousands separators, as the summaries print counts ("3,096"); by hand for whole numbers, as ICU's number formatter takes some 40 ms to load. */
export const count = (n: number) => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US'));

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
