// Writes a table as CSV (RFC 4180) that spreadsheet programs open correctly: UTF-8 with a BOM for
// Chinese text, and cells that would start a formula neutralised.

export interface CsvTable {
  columns: { title: string }[];
  rows: (string | number)[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;

function formatCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A name like "=HYPERLINK(…)" must stay a name, not become a formula.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Formats a table as CSV with a header row.
 * @example formatCsv({ columns: [{ title: 'a' }], rows: [['x,y']] }) === '\uFEFFa\r\n"x,y"\r\n'
 */
export function formatCsv(table: CsvTable): string {
  const lines = [table.columns.map((c) => formatCell(c.title)), ...table.rows.map((r) => r.map(formatCell))];
  return '\uFEFF' + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
