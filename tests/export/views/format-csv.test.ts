// CSV for spreadsheets: quoted where needed, UTF-8 BOM for Chinese, formulas neutralised.
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../../src/export/views/format-csv.js';

describe('formatCsv', () => {
  it('quotes cells holding commas, quotes or line breaks and doubles inner quotes', () => {
    const csv = formatCsv({ columns: [{ title: '名称' }, { title: 'n' }], rows: [['《条例》,"新"', 2], ['一\n二', 0]] });
    expect(csv).toBe('\uFEFF名称,n\r\n"《条例》,""新""",2\r\n"一\n二",0\r\n');
  });

  it('keeps a name that looks like a formula as text', () => {
    const csv = formatCsv({ columns: [{ title: 'a' }], rows: [['=HYPERLINK("x")'], ['-1'], ['+法治']] });
    expect(csv.split('\r\n').slice(1, 4)).toEqual([`"'=HYPERLINK(""x"")"`, "'-1", "'+法治"]);
  });
});
