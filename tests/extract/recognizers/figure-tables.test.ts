import { describe, expect, it } from 'vitest';
import { findTableFigures } from '../../../src/extract/recognizers/figure-tables.js';
import { indicatorRecognizer } from '../../../src/extract/recognizers/indicators.js';
import { expectAligned, ISSUERS, runRecognizers } from './body-test-context.js';

const values = (found: ReturnType<typeof findTableFigures>) =>
  [...found].map(([i, t]) => [i, t.label, t.value, t.unit]);

describe('findTableFigures', () => {
  it("reads each row's figure in the column of the report's year", () => {
    const rows = ['指标 2022年 2023年', '行政复议案件（件） 3 5', '行政机关负责人出庭应诉率 95% 100%'];
    expect(values(findTableFigures(rows, 2023))).toEqual([
      [1, '行政复议案件', 5, '件'],
      [2, '行政机关负责人出庭应诉率', 100, '%'],
    ]);
    expect(values(findTableFigures(rows, 2022))).toEqual([
      [1, '行政复议案件', 3, '件'],
      [2, '行政机关负责人出庭应诉率', 95, '%'],
    ]);
  });

  it('reads a table drawn in plain text with bars (｜ or |) as one drawn with spaces', () => {
    const rows = ['｜指标｜2022年｜2023年｜', '｜行政复议案件（件）｜3｜5｜', '| 调解案件 | 120 | 136 |'];
    expect(values(findTableFigures(rows, 2023))).toEqual([
      [1, '行政复议案件', 5, '件'],
      [2, '调解案件', 136, null],
    ]);
  });

  it('takes the latest year when the report year is no column, and a header without a label cell', () => {
    const rows = ['2021 2022', '调解纠纷(件) 120 156'];
    expect(values(findTableFigures(rows, null))).toEqual([[1, '调解纠纷', 156, '件']]);
    expect(values(findTableFigures(rows, 2019))).toEqual([[1, '调解纠纷', 156, '件']]);
  });

  it('reads amounts in 万元 as 元, and a column after the years (同比) is not a year', () => {
    const rows = ['项目 2022年度 2023年度 同比', '罚没金额（万元） 12.5 20 +60%'];
    expect(values(findTableFigures(rows, 2023))).toEqual([[1, '罚没金额', 200000, '元']]);
  });

  it('reads no row under a header without years, nor after a line of prose', () => {
    expect(values(findTableFigures(['类别 数量', '调解纠纷（件） 120'], 2023))).toEqual([]);
    const broken = ['指标 2022年 2023年', '全年受理纠纷，成功调解。', '调解纠纷（件） 120 156'];
    expect(values(findTableFigures(broken, 2023))).toEqual([]);
    // A line of prose with figures is no row, even under a header.
    expect(values(findTableFigures(['指标 2022年 2023年', '受理纠纷120件，调解成功率98%'], 2023))).toEqual([]);
  });

  it('leaves a row without the column of the year alone', () => {
    expect(values(findTableFigures(['指标 2021年 2022年 2023年', '调解纠纷（件） 156'], 2021))).toEqual([]);
  });
});

describe('indicatorRecognizer on a table', () => {
  it("gives the figure of the report's year, named by the cue in the label, aligned with the text", () => {
    // The test context's report year is 2024.
    // Half-width brackets: the prepared text folds full-width forms, and offsets are into it.
    const text = '主要指标如下\n指标 2023年 2024年\n行政复议案件(件) 3 5\n行政机关负责人出庭应诉率 95% 100%\n网格走访(次) 800 950';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [indicatorRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.value, m.attrs?.unit])).toEqual([
      ['行政复议案件数', 5, '件'],
      ['行政机关负责人出庭应诉率', 100, '%'],
      ['网格走访', 950, '次'],
    ]);
    expect(expectAligned(text, found)).toEqual([]);
  });
});
