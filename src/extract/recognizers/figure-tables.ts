// Figures in tables: a header row of years (指标 2022年 2023年) and rows of a label and one figure a
// year (行政复议案件（件） 3 5). The text has a table's cells as words split by spaces, one row a
// line (HTML's <td>, a PDF's columns). A row's figure is the one in the column of the report's year:
// the others are the years it is compared with, which the reports of those years give as their own.

/** A cell of a row: its text and where it stands in the passage. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The figure of a table row that a report gives for its own year. */
export interface TableFigure {
  /** The row's label, with a unit in brackets removed (行政复议案件（件） → 行政复议案件). */
  label: string;
  labelStart: number;
  /** The cell of the figure. */
  start: number;
  end: number;
  value: number;
  /** The cell's unit, else the label's (（件）, (%)); null when neither says one. */
  unit: string | null;
}

/** A column heading of a year: 2023, 2023年, 2023年度. */
const YEAR_CELL = /^((?:19|20)\d{2})年?度?$/;
/** Units a cell or a label in brackets may give (万元 is read in 元). */
const CELL_UNITS = '%|‰|个百分点|人次|户次|件次|场次|万元|亿元|元|件|次|场|期|份|户|家|项|条|名|人|宗|起|批|篇|个|所';
/** A figure cell; a sign is a change against another column (+60%, -3). */
const NUMBER_CELL = new RegExp(`^([+\\-−]?\\d+(?:\\.\\d+)?)(${CELL_UNITS})?$`);
const LABEL_UNIT = new RegExp(`^(.*?[\\u4e00-\\u9fa5].*?)\\s*[（(](?:单位[:：])?(${CELL_UNITS})[)）]$`);
/** Cells of a table row hold no sentence: a line with these is prose, not a row. */
const SENTENCE_MARK = /[，,。；;：:！？]/;
const SCALE: Record<string, number> = { 万元: 1e4, 亿元: 1e8 };

/**
 * What parts a row's cells: spaces, and the bars of a table drawn in plain text (｜序号｜姓名｜, with
 * ASCII or box-drawing bars too).
 */
export const CELL_BREAKS = '\\s\\u3000｜|│┃';
const CELL = new RegExp(`[^${CELL_BREAKS}]+`, 'g');

/** The cells of a line that is a table's row (no sentence in it), or null. */
export function cellsOf(text: string): Cell[] | null {
  if (SENTENCE_MARK.test(text)) return null;
  const cells: Cell[] = [];
  for (const m of text.matchAll(CELL)) cells.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return cells.length >= 2 ? cells : null;
}

/** The years of a header row, by column counted from the right (0 = last), or null when it is none. */
function readHeader(cells: Cell[]): Map<number, number> | null {
  const years = new Map<number, number>();
  for (let i = 0; i < cells.length; i++) {
    const year = YEAR_CELL.exec(cells[i].text);
    if (year) years.set(cells.length - 1 - i, Number(year[1]));
    else if (/\d/.test(cells[i].text)) return null;
  }
  return years.size > 0 ? years : null;
}

interface Row {
  label: string;
  labelStart: number;
  labelUnit: string | null;
  /** The figure cells, counted from the right (0 = last). */
  figures: { cell: Cell; value: number; unit: string | null }[];
}

/** A data row: a label of words first, then figures only. */
function readRow(cells: Cell[]): Row | null {
  const first = cells[0];
  if (/\d/.test(first.text) || !/[\u4e00-\u9fa5]/.test(first.text)) return null;
  const figures: Row['figures'] = [];
  for (let i = cells.length - 1; i >= 1; i--) {
    const m = NUMBER_CELL.exec(cells[i].text);
    if (!m) return null;
    figures.push({ cell: cells[i], value: Number(m[1].replace('−', '-')), unit: m[2] ?? null });
  }
  const bracket = LABEL_UNIT.exec(first.text);
  return {
    label: bracket ? bracket[1] : first.text,
    labelStart: first.start,
    labelUnit: bracket ? bracket[2] : null,
    figures,
  };
}

/**
 * The table rows among a report's passages and, for each, the figure of the report's year (or of the
 * latest year of the header when the report's year is not one of its columns). A row belongs to the
 * header above it while the lines between are rows too; a header with no year says nothing about
 * which figure is the report's, and its rows are read as prose.
 * @example findTableFigures(['指标 2022年 2023年', '调解纠纷（件） 120 156'], 2023)
 *   → Map { 1 → { label: '调解纠纷', value: 156, unit: '件', … } }
 */
export function findTableFigures(passages: readonly string[], year: number | null): Map<number, TableFigure> {
  const out = new Map<number, TableFigure>();
  let column: number | null = null;
  for (let i = 0; i < passages.length; i++) {
    const cells = cellsOf(passages[i]);
    const header = cells && readHeader(cells);
    if (header) {
      column = pickColumn(header, year);
      continue;
    }
    const row = column !== null && cells ? readRow(cells) : null;
    if (!row) {
      column = null;
      continue;
    }
    const figure = column === null ? undefined : row.figures[column];
    if (!figure) continue;
    let unit = figure.unit ?? row.labelUnit;
    let value = figure.value * (unit ? SCALE[unit] ?? 1 : 1);
    if (unit && SCALE[unit]) unit = '元';
    value = Math.round(value * 1e6) / 1e6;
    out.set(i, { label: row.label, labelStart: row.labelStart, start: figure.cell.start, end: figure.cell.end, value, unit });
  }
  return out;
}

function pickColumn(header: Map<number, number>, year: number | null): number {
  let latest: [number, number] | null = null;
  for (const [column, y] of header) {
    if (y === year) return column;
    if (!latest || y > latest[1]) latest = [column, y];
  }
  return latest![0];
}
