import { describe, expect, it } from 'vitest';
import { parseMetaRow } from '../../src/ingest/parse-meta-row.js';

const values = (line: string) => Object.fromEntries((parseMetaRow(line)?.pairs ?? []).map((p) => [p.key, p.value]));

describe('parseMetaRow', () => {
  it('reads bracketed rows, leaving blank values empty', () => {
    expect(values('[ 索引号 ] 115002340086475893/2024-00002 [ 发文字号 ]')).toEqual({ 索引号: '115002340086475893/2024-00002', 发文字号: '' });
    expect(values('【发布机构】某镇人民政府【主题分类】其他')).toEqual({ 发布机构: '某镇人民政府', 主题分类: '其他' });
  });

  it('reads rows split by | cells', () => {
    expect(values('发布机构: | 澥浦镇 | 公开方式: | 主动公开 |')).toEqual({ 发布机构: '澥浦镇', 公开方式: '主动公开' });
  });

  it('tells 信息来源 from 来源 and stops a value at the next key', () => {
    expect(values('信息来源:中山市三乡镇人民政府 发布日期:2025-01-27 分享:')).toEqual({ 信息来源: '中山市三乡镇人民政府', 发布日期: '2025-01-27', 分享: '' });
  });

  it('keeps a title printed before the keys as the prefix', () => {
    expect(parseMetaRow('某镇法治政府建设年度报告 发布时间：2024-01-02')?.prefix).toBe('某镇法治政府建设年度报告');
  });

  it.each([
    '来源于群众的意见建议共120条，均已办结。',
    '发布机构应当依法公开政府信息，全年公开信息235条。',
    '（三）拓宽信息来源：建立线索移送机制。',
    '时间：2024年3月',
    '一是完善数据来源:统一口径。',
  ])('does not read "%s" as a row', (line) => {
    expect(parseMetaRow(line)).toBeUndefined();
  });
});
