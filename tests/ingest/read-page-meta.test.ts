import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../src/ingest/read-page-meta.js';
import type { PageMeta } from '../../src/types.js';
import { SAMPLES, sampleText } from './sample-files.js';

// Read off the files by hand: what each page prints about itself.
const EXPECTED: Record<string, PageMeta> = {
  '000_e995035764c2eff9.txt': { title: '2022年度练塘镇法治政府建设年度报告', publishedAt: '2023-03-17' },
  '001_e1d5a82091e745d0.txt': {
    title: '河堰镇关于2023年度法治政府建设情况的报告',
    indexNo: '115002340086475893/2024-00002',
    publisher: '开州区河堰镇',
    writtenAt: '2024-02-29',
    publishedAt: '2024-02-29',
  },
  '002_34c1cbee03159163.txt': {
    title: '2024年澥浦镇法治政府建设工作报告',
    indexNo: '00296070X/2025-223734',
    publisher: '澥浦镇',
    writtenAt: '2025-02-24',
  },
  '003_a9c3b358a18e57db.txt': {
    title: '鲁山道街道2023年法治政府建设年度报告',
    source: '天津市河东区人民政府鲁山道街道办事处',
    publishedAt: '2024-01-23',
  },
  '004_d37acb428d33b8ca.txt': {
    title: '三乡镇2024年法治政府建设年度报告',
    source: '中山市三乡镇人民政府',
    publishedAt: '2025-01-27',
  },
};

describe('readPageMeta', () => {
  it.each(SAMPLES)('reads title, publisher, dates and source of %s as printed', (name) => {
    expect(readPageMeta(sampleText(name))).toEqual(EXPECTED[name]);
  });

  it('leaves blank row values (an empty 发文字号) undefined', () => {
    const meta = readPageMeta('[ 索引号 ] 1150/2024-1 [ 发文字号 ]\n[ 发布机构 ] 某镇 [ 有效性 ]\n某镇2023年法治政府建设年度报告');
    expect(meta.docNumber).toBeUndefined();
    expect('docNumber' in meta).toBe(false);
    expect(meta.publisher).toBe('某镇');
  });

  it('reads 发文字号 and 发文机关 rows', () => {
    const meta = readPageMeta('发文机关：某县人民政府 发文字号：某府发〔2024〕3号\n成文日期：2024年3月1日\n某县人民政府关于2023年度法治政府建设情况的报告');
    expect(meta).toMatchObject({ publisher: '某县人民政府', docNumber: '某府发〔2024〕3号', writtenAt: '2024-03-01' });
  });

  it.each([
    ['发布时间：2024-01-23 11:19', '2024-01-23'],
    ['发布日期：2024年1月23日', '2024-01-23'],
    ['发布日期: 2024/1/23', '2024-01-23'],
    ['发布时间:2024.01.23', '2024-01-23'],
    ['[ 发布日期 ] ２０２４－０１－２３', '2024-01-23'],
  ])('normalises the date in "%s" to %s', (row, iso) => {
    expect(readPageMeta(`${row}\n某镇法治政府建设年度报告\n正文。`).publishedAt).toBe(iso);
  });

  it('takes the date printed after the title as the publication date and strips it from the title', () => {
    const meta = readPageMeta('返回\n某街道2023年度法治政府建设年度报告 2024年1月5日\n正文。');
    expect(meta).toEqual({ title: '某街道2023年度法治政府建设年度报告', publishedAt: '2024-01-05' });
  });

  it('prefers a 发布日期 row over the date next to the title', () => {
    const meta = readPageMeta('某镇法治政府建设年度报告 2024-02-01\n发布日期：2024-02-03\n正文。');
    expect(meta.publishedAt).toBe('2024-02-03');
  });

  it('prefers the HTML title when it reads as a report title, without the site suffix', () => {
    const text = sampleText('003_a9c3b358a18e57db.txt');
    expect(readPageMeta(text, '鲁山道街道2023年法治政府建设年度报告_天津市河东区人民政府').title).toBe('鲁山道街道2023年法治政府建设年度报告');
    expect(readPageMeta(text, '河东区人民政府 | 鲁山道街道2023年法治政府建设年度报告').title).toBe('鲁山道街道2023年法治政府建设年度报告');
  });

  it('ignores an HTML title that is only the site name or is truncated', () => {
    const text = sampleText('004_d37acb428d33b8ca.txt');
    expect(readPageMeta(text, '中山市人民政府门户网站').title).toBe('三乡镇2024年法治政府建设年度报告');
    expect(readPageMeta(text, '三乡镇2024年法治政府建设…_中山市人民政府').title).toBe('三乡镇2024年法治政府建设年度报告');
  });

  it('never takes a numbered heading or furniture for the title', () => {
    const meta = readPageMeta('返回上一级\n打印\n一、2023年度法治政府建设主要举措\n全年开展普法活动12场。');
    expect(meta.title).toBeUndefined();
  });

  it('returns an empty object for text with no metadata', () => {
    expect(readPageMeta('全年开展普法活动12场。\n办理案件3件。')).toEqual({});
  });
});
