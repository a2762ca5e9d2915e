import { describe, expect, it } from 'vitest';
import { cleanTitle, findTitle, parseDate, parseYear, readLabelledValue, SOURCE_LABELS, PUBLISHER_LABELS } from '../../../src/extract/issuer/read-report-lines.js';

describe('parseDate', () => {
  it.each([
    ['发布时间:2024-01-23 11:19', '2024-01-23'],
    ['2023年3月1日', '2023-03-01'],
    ['2023.3.1', '2023-03-01'],
    ['二〇二三年十二月二十日', null],
    ['没有日期', null],
    ['2023-13-01', null],
  ])('reads %s as %s', (s, iso) => {
    expect(parseDate(s)).toBe(iso);
  });
});

describe('parseYear', () => {
  it.each([
    ['2022年度练塘镇法治政府建设年度报告', 2022],
    ['关于2023年度法治政府建设情况的报告', 2023],
    ['二〇二四年法治政府建设工作报告', 2024],
    ['法治政府建设年度报告', null],
  ])('reads %s as %s', (s, year) => {
    expect(parseYear(s)).toBe(year);
  });
});

describe('readLabelledValue', () => {
  it.each([
    ['来源:天津市河东区人民政府鲁山道街道办事处 发布时间:2024-01-23 11:19', SOURCE_LABELS, '天津市河东区人民政府鲁山道街道办事处'],
    ['信息来源:中山市三乡镇人民政府 发布日期:2025-01-27 分享:', SOURCE_LABELS, '中山市三乡镇人民政府'],
    ['[ 发布机构 ] 开州区河堰镇 [ 主题分类 ] 其他', PUBLISHER_LABELS, '开州区河堰镇'],
    ['发布机构: | 澥浦镇 | 公开方式: | 主动公开 |', PUBLISHER_LABELS, '澥浦镇'],
    ['【来源】某某县人民政府', SOURCE_LABELS, '某某县人民政府'],
  ])('reads the value of %s', (row, labels, value) => {
    expect(readLabelledValue(row, labels)?.value).toBe(value);
  });

  it('does not read 来源 inside another word', () => {
    expect(readLabelledValue('资金来源于财政', SOURCE_LABELS)).toBeNull();
  });

  it('finds a label opened by a bracket and white space, after label words that are no label', () => {
    // The scan starts before the first label it finds; the bracket and spaces before it belong to the match.
    expect(readLabelledValue('资金来源于财政\n【  来源】 某某县人民政府', SOURCE_LABELS)?.value).toBe('某某县人民政府');
    expect(readLabelledValue('正文\n【 \t 来源 】某某镇', SOURCE_LABELS)?.start).toBe(11);
    expect(readLabelledValue('没有标签的正文', SOURCE_LABELS)).toBeNull();
  });
});

describe('cleanTitle', () => {
  it.each([
    ['2022年度练塘镇法治政府建设年度报告 2023-03-17', '2022年度练塘镇法治政府建设年度报告'],
    ['三乡镇2024年法治政府建设年度报告_中山市人民政府', '三乡镇2024年法治政府建设年度报告'],
    ['您当前的位置: 首页 >政务公开 >法治政府建设年度报告', null],
    ['现将2023年度法治政府建设情况报告如下:', null],
    ['一、2024年推进法治政府建设的主要举措和成效', null],
  ])('cleans %s to %s', (s, title) => {
    expect(cleanTitle(s)).toBe(title);
  });
});

describe('findTitle', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, start: i * 100 }));

  it('takes the page heading when it writes the page title whole, with the body before it', () => {
    const found = findTitle({ title: '2023年度法治政府建设情况报告_新塘镇' }, lines('网站首页', '新塘镇人民政府2023年度法治政府建设情况报告', '2023年,新塘镇深入学习贯彻习近平法治思想,现将有关情况报告如下:'));
    expect(found).toEqual({ title: '新塘镇人民政府2023年度法治政府建设情况报告', line: 1 });
  });

  it('keeps the page title when no line is a fuller form of it', () => {
    const found = findTitle({ title: '三乡镇2024年法治政府建设年度报告_中山市人民政府' }, lines('三乡镇2024年法治政府建设年度报告', '现将2024年度法治政府建设情况报告如下:'));
    expect(found).toEqual({ title: '三乡镇2024年法治政府建设年度报告', line: 0 });
  });
});
