import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatRows, formatTable, truncateToWidth } from '../../src/cli/format-table.js';

/** Display column of every `│` on each line of a table body. */
function barColumns(table: string): number[][] {
  return table
    .split('\n')
    .filter((l) => l.includes('│'))
    .map((line) => {
      const cols: number[] = [];
      let width = 0;
      for (const ch of line) {
        if (ch === '│') cols.push(width);
        width += stringWidth(ch);
      }
      return cols;
    });
}

describe('formatTable', () => {
  const rows = [
    { town: '练塘镇', law: '宪法', mentions: 4 },
    { town: '鲁山道街道', law: '中华人民共和国行政处罚法', mentions: 12 },
    { town: 'Sanxiang', law: null, mentions: null },
  ];

  it('aligns columns by display width, wide Chinese characters counting twice', () => {
    const lines = barColumns(formatTable(rows));
    expect(lines.length).toBe(4);
    for (const cols of lines) expect(cols).toEqual(lines[0]);
    expect(lines[0][0]).toBe(stringWidth('鲁山道街道') + 1);
  });

  it('right-aligns numeric columns and prints nulls as blanks', () => {
    const out = formatTable(rows).split('\n');
    expect(out[2].endsWith(' 4')).toBe(true);
    expect(out[3].endsWith('12')).toBe(true);
    expect(out[4]).not.toContain('null');
  });

  it('says how many rows there were, and when there were none', () => {
    expect(formatTable(rows)).toMatch(/\(3 rows\)\n$/);
    expect(formatTable([])).toBe('(no rows)\n');
  });

  it('joins lists and keeps line breaks from breaking the layout', () => {
    const out = formatTable([{ towns: ['练塘镇', '三乡镇'], text: 'one\ntwo' }]);
    expect(out).toContain('练塘镇, 三乡镇');
    expect(out).toContain('one↵two');
    expect(out.split('\n')).toHaveLength(5);
  });

  it('cuts long cells at the width limit with an ellipsis', () => {
    const long = '法'.repeat(100);
    const out = formatTable([{ text: long }], { maxCellWidth: 20 });
    const body = out.split('\n')[2];
    expect(stringWidth(body)).toBeLessThanOrEqual(20);
    expect(body.endsWith('…')).toBe(true);
  });

  it('prints rows wider than the screen as records, wrapping long values', () => {
    const row = { town: '练塘镇', practices: Array.from({ length: 30 }, (_, i) => `做法${i}`) };
    const out = formatTable([row], { maxWidth: 60, maxCellWidth: 400 });
    expect(out).toContain('-[ 1 ]');
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(out.replace(/\n\s*│ /g, '')).toContain('做法29');
  });
});

describe('truncateToWidth', () => {
  it('never splits a wide character and never exceeds the width', () => {
    for (let w = 2; w < 12; w++) expect(stringWidth(truncateToWidth('练塘镇法治政府建设年度报告', w))).toBeLessThanOrEqual(w);
    expect(truncateToWidth('short', 10)).toBe('short');
  });
});

describe('formatCsv', () => {
  it('quotes commas, quotes and line breaks, writes lists as JSON and nulls as empty', () => {
    const csv = formatCsv([{ a: 'x,y', b: 'say "hi"', c: 'l1\nl2', d: ['练塘镇'], e: null, f: 3 }]);
    expect(csv).toBe('a,b,c,d,e,f\n"x,y","say ""hi""","l1\nl2","[""练塘镇""]",,3\n');
  });
});

describe('formatJson and formatRows', () => {
  it('round-trips rows through JSON', () => {
    const rows = [{ town: '练塘镇', n: 1, l: ['a'], x: null }];
    expect(JSON.parse(formatJson(rows))).toEqual(rows);
    expect(JSON.parse(formatRows(rows, 'json'))).toEqual(rows);
    expect(formatRows(rows, 'csv')).toBe(formatCsv(rows));
    expect(formatRows(rows, 'table')).toBe(formatTable(rows));
  });
});
