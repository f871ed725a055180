import { stringify } from 'csv-stringify/sync';

// A cell starting with one of these is read as a formula by spreadsheets (Excel, LibreOffice, Google Sheets).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet may open it: one that would start a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return) gets a leading `'`, as OWASP recommends for CSV injection, so `=HYPERLINK(…)` shows as text and never
 * runs. Numbers and booleans pass unchanged (a negative longitude stays a number); so does other text.
 */
export function spreadsheetCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Rows as CSV for people to open, the only way AirLedger writes CSV for them (CLI, API, downloads): quoted as
 * RFC 4180 needs, every text cell passed through spreadsheetCell; booleans as `true`/`false`, null and undefined
 * as empty cells.
 */
export function csvText(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return stringify(rows.map((row) => row.map((cell) => (typeof cell === 'boolean' ? String(cell) : spreadsheetCell(cell ?? '')))));
}
