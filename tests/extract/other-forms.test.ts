// Whole reports of forms the five samples lack, written after reports of other provinces: a
// district of a provincial capital (成都市…), a town in a county the division tables name by its
// autonomous form, a street office's page with a sidebar of other towns' reports and page numbers
// from a paged original, a county's report pasted from a PDF with Tibetan names and a table of
// years. Each expectation is one that an earlier build got wrong.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPaths } from '../../src/pipeline/index.js';
import type { Extraction } from '../../src/types.js';
import { wrapLines } from '../helpers/wrap-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-other-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A county's report pasted from a PDF: lines broken at 28 characters, inside names, across a page number.
const QILIAN = wrapLines(
  [
    '2023年，祁连县在州委、州政府的坚强领导下，深入学习贯彻习近平法治思想，全面推进法治政府建设，现将有关情况报告如下。',
    '一、主要工作及成效',
    '（一）加强组织领导。县委书记扎西多吉、县长才让东知切实履行推进法治建设第一责任人职责，县委全面依法治县委员会召开会议2次，县委依法治县办督促各乡镇落实法治建设任务。',
    '（二）严格规范执法。县林业和草原局、县市场监管局全面落实行政执法三项制度，司法所、派出所联合开展矛盾纠纷排查，副县长索南卓玛带队检查执法案卷。',
    '（三）推进依法决策。严格执行重大行政决策程序，县政府常务会议审议重大事项前均经合法性审查，聘请律师担任政府法律顾问，全年审查合同和规范性文件共计八十余件，提出法律意见建议一百余条。',
    '（四）深化普法宣传。深入实施八五普法规划，落实谁执法谁普法普法责任制，利用双语广播、流动宣传车深入牧区开展宣传，组织法律明白人骨干培训，提升牧民群众尊法学法守法用法意识。',
    '二、主要指标',
  ],
  28,
).split('\n');
QILIAN.splice(6, 0, '', '- 2 -', '');

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
    // A page that reprints the report says so, citing the report's own title.
    '<p>现将《2023年度法治政府建设年度报告》全文转载如下，并执行《杭州市行政规范性文件管理办法》。</p>',
    '<p>杭州市余杭区人民政府闲林街道办事处</p><p>2024年1月26日</p>',
    '</body></html>',
  ].join('\n'),
  'qilian.txt': [
    '祁连县2023年法治政府建设情况报告',
    '',
    ...QILIAN,
    '指标 2022年 2023年',
    '行政复议案件（件） 4 6',
    '行政机关负责人出庭应诉率 95% 100%',
    '',
    '中共祁连县委全面依法治县委员会办公室',
    '2024年2月26日',
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
    const notice = byFile.get('wuhou.txt')!.entities.Document.find((d) => d.name === '成都市人民政府办公室关于印发成都市2022年法治政府建设工作要点的通知');
    expect(notice?.props?.docNumber).toBe('成办发〔2022〕9号');
    expect(names('wuhou.txt', 'Indicator')).toContain('规范性文件备案率');
  });

  it('leaves a page number out of the passages', () => {
    expect(byFile.get('wuhou.txt')!.passages.map((p) => p.text)).not.toContain('— 2 —');
  });

  it("cites no document by the report's own title, which no other body's report in a sidebar gives", () => {
    expect(byFile.get('xianlin.html')!.title).toBe('2023年度法治政府建设年度报告');
    expect(names('xianlin.html', 'Document')).toEqual(['杭州市行政规范性文件管理办法']);
  });

  it('keeps a sidebar of other towns out of a page, and its own title in', () => {
    const x = byFile.get('xianlin.html')!;
    expect(x.issuer?.name).toBe('闲林街道');
    const texts = x.passages.map((p) => p.text);
    expect(texts.some((t) => t.includes('仁和街道') || t.includes('良渚街道'))).toBe(false);
    expect(texts).toContain('2023年度法治政府建设年度报告');
  });

  it('joins the lines of a report pasted from a PDF and reads the county that signs it through its committee office', () => {
    const x = byFile.get('qilian.txt')!;
    expect([x.issuer?.name, x.issuer?.code]).toEqual(['祁连县', '632222']);
    const bodies = names('qilian.txt', 'Institution');
    expect(bodies).toEqual(expect.arrayContaining(['祁连县林业和草原局', '祁连县委全面依法治县委员会办公室', '司法所', '派出所']));
    expect(bodies.some((b) => b === '草原局' || b === '祁连县司法所' || b.startsWith('委全面'))).toBe(false);
    expect(names('qilian.txt', 'Person').sort()).toEqual(['扎西多吉', '才让东知', '索南卓玛'].sort());
    // One passage a paragraph, joined across the page number.
    expect(x.passages.some((p) => p.text.includes('督促各乡镇落实法治建设任务') && p.text.includes('县长才让东知切实履行'))).toBe(true);
  });

  it("reads a table of years at the report's own year", () => {
    const figures = byFile.get('qilian.txt')!.entities.Indicator.map((e) => [e.name, e.mentions.map((m) => m.value)]);
    expect(figures).toEqual(expect.arrayContaining([['行政复议案件数', [6]], ['行政机关负责人出庭应诉率', [100]]]));
  });

  it('reads a person before 履行, every practice of a list after its verb, and no festival as a practice', () => {
    expect(names('xianlin.html', 'Person')).toEqual(['徐立新']);
    const practices = names('xianlin.html', 'Program');
    expect(practices).toEqual(expect.arrayContaining(['法律服务进社区']));
    expect(practices).not.toContain('六月六');
    expect(names('xianlin.html', 'Indicator')).toContain('专题研究法治建设工作');
  });
});
