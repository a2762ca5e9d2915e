// Whole reports of forms the five samples lack, written after reports of other provinces: a
// district of a provincial capital (成都市…), a town in a county the division tables name by its
// autonomous form, a street office's page with a sidebar of other towns' reports and page numbers
// from a paged original. Each expectation is one that an earlier build got wrong.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPaths } from '../../src/pipeline/index.js';
import type { Extraction } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-other-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORTS: Record<string, string> = {
  'wuhou.txt': [
    '成都市武侯区人民政府关于2022年法治政府建设情况的报告',
    '',
    '2022年，武侯区深入学习贯彻习近平法治思想，现将有关情况报告如下。',
    '（一）全面落实《优化营商环境条例》，深化“粤省事”“天府通办”等平台应用。推进区、街道、社区三级综治中心规范化建设。',
    '（二）将习近平法治思想纳入区委理论学习中心组学习内容。区委常委、常务副区长刘海波具体抓落实。',
    '（三）根据成都市人民政府办公室关于印发成都市2022年法治政府建设工作要点的通知（成办发〔2022〕9号）要求，全年制定行政规范性文件7件，备案审查率100%。',
    '— 2 —',
    '（四）国浩律师（成都）事务所担任区政府法律顾问。',
    '',
    '成都市武侯区人民政府',
    '2023年2月20日',
  ].join('\n'),
  'xianlin.html': [
    '<html><head><meta charset="utf-8"><title>2023年度法治政府建设年度报告</title></head><body>',
    '<div class="sidebar"><h3>相关文章</h3><ul><li>仁和街道2023年度法治政府建设年度报告</li><li>良渚街道2023年度法治政府建设年度报告</li></ul></div>',
    '<h2>2023年度法治政府建设年度报告</h2>',
    '<p>发布单位：闲林街道　发布日期：2024-01-29</p>',
    '<p>2023年，闲林街道在区委、区政府的正确领导下扎实推进法治政府建设。街道党工委书记徐立新履行第一责任人职责，全年召开党委会专题研究法治建设工作4次。</p>',
    '<p>推进“法治体检”进企业、“法律服务进社区”，利用布依族“六月六”等民族节日开展普法。</p>',
    '<p>杭州市余杭区人民政府闲林街道办事处</p><p>2024年1月26日</p>',
    '</body></html>',
  ].join('\n'),
};

const byFile = new Map<string, Extraction>();

beforeAll(async () => {
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(join(dir, name), text);
  for await (const r of extractPaths([dir])) {
    if (r.status !== 'ok') throw new Error(`${r.file}: ${r.status === 'failed' ? r.message : r.status}`);
    byFile.set(r.extraction.report, r.extraction);
  }
});

const names = (file: string, label: keyof Extraction['entities']) => byFile.get(file)!.entities[label].map((e) => e.name);

describe('reports of forms the samples lack', () => {
  it('names a district of a provincial capital whole, and no body of a network of levels', () => {
    expect(byFile.get('wuhou.txt')!.issuer?.code).toBe('510107');
    const bodies = names('wuhou.txt', 'Institution');
    expect(bodies).toContain('成都市武侯区人民政府');
    expect(bodies).toContain('武侯区委理论学习中心组');
    expect(bodies.some((b) => b.startsWith('市武侯区') || b.startsWith('社区三级') || b.startsWith('习近平') || b === '常委')).toBe(false);
  });

  it('reads the people, platforms, firm and notice of forms the samples lack', () => {
    expect(names('wuhou.txt', 'Person')).toEqual(['刘海波']);
    expect(names('wuhou.txt', 'Platform')).toEqual(expect.arrayContaining(['粤省事', '天府通办']));
    expect(names('wuhou.txt', 'LawFirm')).toEqual(['国浩律师(成都)事务所']);
    const notice = byFile.get('wuhou.txt')!.entities.Document.find((d) => d.name === '关于印发成都市2022年法治政府建设工作要点的通知');
    expect(notice?.props?.docNumber).toBe('成办发〔2022〕9号');
    expect(names('wuhou.txt', 'Indicator')).toContain('规范性文件备案率');
  });

  it('leaves a page number out of the passages', () => {
    expect(byFile.get('wuhou.txt')!.passages.map((p) => p.text)).not.toContain('— 2 —');
  });

  it('keeps a sidebar of other towns out of a page, and its own title in', () => {
    const x = byFile.get('xianlin.html')!;
    expect(x.issuer?.name).toBe('闲林街道');
    const texts = x.passages.map((p) => p.text);
    expect(texts.some((t) => t.includes('仁和街道') || t.includes('良渚街道'))).toBe(false);
    expect(texts).toContain('2023年度法治政府建设年度报告');
  });

  it('reads a person before 履行, every practice of a list after its verb, and no festival as a practice', () => {
    expect(names('xianlin.html', 'Person')).toEqual(['徐立新']);
    const practices = names('xianlin.html', 'Program');
    expect(practices).toEqual(expect.arrayContaining(['法律服务进社区']));
    expect(practices).not.toContain('六月六');
    expect(names('xianlin.html', 'Indicator')).toContain('专题研究法治建设工作');
  });
});
