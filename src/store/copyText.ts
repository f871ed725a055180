/**
 * PostgreSQL's COPY text format, shared by the store's bulk inserts and the parse worker that encodes strike
 * rows off the main thread, so that both write the same bytes for the same values.
 */

/** One field: `\N` for NULL, `t`/`f` for booleans, numbers as written, text with backslash escapes. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPABLE, (c) => COPY_ESCAPES[c]!) : text;
}

/** Rows as COPY text: fields separated by tabs, each row ending in a line break. */
export function copyText(rows: unknown[][]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += '\t';
      out += copyField(row[i]);
    }
    out += '\n';
  }
  return out;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPABLE = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Reads COPY text back into rows of fields (text, or null for `\N`): what a server without COPY is sent. */
export function parseCopyText(text: string): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    rows.push(line.split('\t').map((field) => (field === '\\N' ? null : field.includes('\\') ? field.replace(ESCAPED, (e) => COPY_UNESCAPES[e]!) : field)));
    start = end < 0 ? text.length : end + 1;
  }
  return rows;
}

const ESCAPED = /\\[\\tnr]/g;
const COPY_UNESCAPES: Record<string, string> = { '\\\\': '\\', '\\t': '\t', '\\n': '\n', '\\r': '\r' };
