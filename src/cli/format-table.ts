// Prints query rows as an aligned table (display width aware: 练塘镇 takes six columns), as JSON or
// as CSV. Rows too wide for the screen are printed one record at a time, keys beside values.
import stringWidth from 'string-width';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatRowsOptions {
  /** Widest a table cell may be before it is cut with `…` (display columns). */
  maxCellWidth?: number;
  /** Widest a table may be before rows are printed as records instead (display columns). */
  maxWidth?: number;
}

export const DEFAULT_FORMAT_ROWS: Required<FormatRowsOptions> = { maxCellWidth: 48, maxWidth: 160 };

type Row = Record<string, unknown>;

/** Column names in order of first appearance over all rows. */
export function listColumns(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}

/** Text of one value for a table cell: lists joined with `, `, line breaks shown as ↵. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\r?\n|\r/g, '↵');
}

/** Cuts `text` to at most `width` display columns, ending in `…` when cut. */
export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Splits `text` into lines of at most `width` display columns. */
function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > width && line) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  lines.push(line);
  return lines;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

function footer(count: number): string {
  return count === 1 ? '(1 row)' : `(${count} rows)`;
}

function formatRecords(rows: readonly Row[], columns: string[], maxWidth: number): string {
  const keyWidth = Math.max(...columns.map((c) => stringWidth(c)));
  const valueWidth = Math.max(20, maxWidth - keyWidth - 3);
  const out: string[] = [];
  rows.forEach((row, i) => {
    out.push(`-[ ${i + 1} ]${'-'.repeat(Math.max(0, keyWidth - 4))}`);
    for (const c of columns) {
      const lines = wrapToWidth(cellText(row[c]), valueWidth);
      lines.forEach((line, j) => out.push(`${pad(j === 0 ? c : '', keyWidth, false)} │ ${line}`.trimEnd()));
    }
  });
  out.push(footer(rows.length));
  return `${out.join('\n')}\n`;
}

/**
 * An aligned text table; numeric columns are right-aligned.
 * @example formatTable([{ town: '练塘镇', laws: 4 }])
 */
export function formatTable(rows: readonly Row[], options: FormatRowsOptions = {}): string {
  const { maxCellWidth, maxWidth } = { ...DEFAULT_FORMAT_ROWS, ...options };
  if (rows.length === 0) return '(no rows)\n';
  const columns = listColumns(rows);
  const numeric = columns.map((c) => rows.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === 'number'));
  const cells = rows.map((r) => columns.map((c) => truncateToWidth(cellText(r[c]), maxCellWidth)));
  const widths = columns.map((c, i) => Math.max(stringWidth(c), ...cells.map((row) => stringWidth(row[i]))));
  const total = widths.reduce((a, b) => a + b, 0) + 3 * (columns.length - 1);
  if (total > maxWidth) return formatRecords(rows, columns, maxWidth);
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i], numeric[i])).join(' │ ').trimEnd();
  const out = [line(columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line), footer(rows.length)];
  return `${out.join('\n')}\n`;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row; lists and maps are written as JSON. */
export function formatCsv(rows: readonly Row[]): string {
  const columns = listColumns(rows);
  const lines = [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\n')}\n`;
}

/** The rows as a pretty-printed JSON array. */
export function formatJson(rows: readonly Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Formats rows in one of the output formats of `kg query`. */
export function formatRows(rows: readonly Row[], format: OutputFormat, options: FormatRowsOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(rows);
    case 'csv':
      return formatCsv(rows);
    default:
      return formatTable(rows, options);
  }
}
