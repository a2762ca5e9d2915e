// CSV files for Kùzu's bulk loader (COPY … FROM): RFC 4180 quoting, an explicit null marker so
// empty strings survive, and lists packed with a control-character separator.
import { BufferedFileWriter } from '../../io/buffered-file-writer.js';

/** Written (unquoted) for a null value; passed to Kùzu as NULL_STRINGS so '' stays ''. */
export const CSV_NULL = '\u001bNULL\u001b';
/** Separates the items of a STRING[] value (ASCII unit separator: never part of report text). */
export const LIST_SEPARATOR = '\u001f';
/** Stands for an empty list, so [] and null stay different. */
export const EMPTY_LIST = '\u001e';

// A store has a file open per table: small buffers keep them few MB together.
const CSV_BUFFER_BYTES = 1 << 18;
/** A field that needs its quotes doubled or holds a line break. */
export const NEEDS_CARE = /["\n\r]/;
export const LINE_BREAK = /[\n\r]/;

/** Quotes one field: every non-null value is quoted and its quotes doubled (backslashes are literal). */
export function formatCsvField(value: string | null): string {
  if (value === null) return CSV_NULL;
  return value.includes('"') ? `"${value.replace(/"/g, '""')}"` : `"${value}"`;
}

/** Packs a list of strings into one field value; separator characters inside items are removed. */
export function packList(items: readonly string[]): string {
  if (items.length === 0) return EMPTY_LIST;
  return items.map((s) => s.replace(/[\u001e\u001f]/g, '')).join(LIST_SEPARATOR);
}

/** Appends rows to a CSV file through a buffer; remembers whether any field holds a line break. */
export class CsvFileWriter {
  readonly path: string;
  rows = 0;
  /** Kùzu's parallel CSV reader rejects quoted line breaks: such files are loaded with PARALLEL=false. */
  hasLineBreak = false;
  private readonly file: BufferedFileWriter;

  constructor(path: string, header: readonly string[]) {
    this.path = path;
    this.file = new BufferedFileWriter(path, CSV_BUFFER_BYTES);
    this.file.write(`${header.map((h) => formatCsvField(h)).join(',')}\n`);
  }

  /** Appends rows already formatted by `formatCsvRow` (each ending with a line feed), as text or UTF-8 bytes. */
  writeRaw(data: string | Uint8Array, rows: number, lineBreak: boolean): void {
    if (lineBreak) this.hasLineBreak = true;
    this.file.write(data);
    this.rows += rows;
  }

  close(): void {
    this.file.close();
  }
}
