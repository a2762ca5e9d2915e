import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/ingest/find-furniture.js';
import { bodyLines, furnitureLines, SAMPLES, sampleText } from './sample-files.js';

// Read off the sample files by hand: every line that is page furniture, in file order.
const EXPECTED_FURNITURE: Record<string, string[]> = {
  '000_e995035764c2eff9.txt': ['返回上一级', '字号', '打印'],
  '001_e1d5a82091e745d0.txt': [
    '您当前的位置: 首页 >政务公开 >政府信息公开目录 >法治政府建设年度报告',
    '[ 索引号 ] 115002340086475893/2024-00002 [ 发文字号 ]',
    '[ 发布机构 ] 开州区河堰镇 [ 主题分类 ] 其他',
    '[ 成文日期 ] 2024-02-29 [ 发布日期 ] 2024-02-29',
    '[ 体裁分类 ] 其他 [ 有效性 ]',
    '扫一扫在手机打开当前页',
    '微博',
    '微信',
    '部门街镇',
    '无障碍',
    '市政府部门网站',
    '区县政府网站',
    '开州区部门镇街网站',
    '新闻媒体网站',
  ],
  '002_34c1cbee03159163.txt': [
    '索引号: | 00296070X/2025-223734 | 主题分类: | 政务公开 |',
    '成文日期: | 2025-02-24 | 体裁分类: | 公告 |',
    '发布机构: | 澥浦镇 | 公开方式: | 主动公开 |',
  ],
  '003_a9c3b358a18e57db.txt': [
    '为了获得更好的访问效果,建议您将IE升级至IE9及以上版本! x',
    '您的位置:',
    '来源:天津市河东区人民政府鲁山道街道办事处 发布时间:2024-01-23 11:19',
  ],
  '004_d37acb428d33b8ca.txt': [
    '无障碍版 长者助手 登录',
    '您当前的位置: > >其他文件',
    '信息来源:中山市三乡镇人民政府 发布日期:2025-01-27 分享:',
  ],
};

const HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+、|[一二三四五六七八九十]+是)/;

describe('findFurniture', () => {
  it.each(SAMPLES)('marks exactly the page furniture lines of %s', (name) => {
    const text = sampleText(name);
    expect(furnitureLines(text, findFurniture(text))).toEqual(EXPECTED_FURNITURE[name]);
  });

  it.each(SAMPLES)('never marks a heading, a sentence, the title or the signature of %s', (name) => {
    const text = sampleText(name);
    const body = new Set(bodyLines(text, findFurniture(text)));
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const line of lines) {
      if (HEADING.test(line) || line.includes('。') || /^[^>]*报告$/.test(line) || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line) || /委员会$/.test(line)) {
        expect(body.has(line), line).toBe(true);
      }
    }
  });

  it.each(SAMPLES)('returns sorted, disjoint spans that start and end on line boundaries in %s', (name) => {
    const text = sampleText(name);
    const spans = findFurniture(text);
    let last = -1;
    for (const s of spans) {
      expect(s.start).toBeGreaterThan(last);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.start === 0 || text[s.start - 1] === '\n').toBe(true);
      expect(s.end === text.length || text[s.end] === '\n').toBe(true);
      last = s.end;
    }
  });

  it('keeps a signature block and marks the footer after it', () => {
    const text = [
      '某镇2023年法治政府建设年度报告',
      '一、主要举措和成效',
      '全年办理行政复议案件3件。',
      '中共某某区某镇委员会',
      '2024年1月15日',
      '网站地图 | 联系我们',
      '主办单位：某某区人民政府办公室 版权所有',
      '京ICP备05001234号-1 京公网安备11010502030000号',
      '网站标识码：1101000001',
    ].join('\n');
    expect(furnitureLines(text, findFurniture(text))).toEqual([
      '网站地图 | 联系我们',
      '主办单位：某某区人民政府办公室 版权所有',
      '京ICP备05001234号-1 京公网安备11010502030000号',
      '网站标识码：1101000001',
    ]);
  });

  it('keeps a signature in Chinese numerals and an issuing government before a link list', () => {
    const text = ['正文最后一段。', '某某县某乡人民政府', '二〇二三年三月一日', '友情链接', '国务院部门网站', '省政府网站'].join('\n');
    expect(furnitureLines(text, findFurniture(text))).toEqual(['友情链接', '国务院部门网站', '省政府网站']);
  });

  it("marks a row of links to other governments' sites and a drop-down of sites, but keeps the signature", () => {
    const row = ['正文最后一段。', '某某区某街道办事处', '2025年1月16日', '相关链接：', '中国政府网 陕西省人民政府 西安市人民政府', '主办：某某区人民政府办公室'].join('\n');
    expect(furnitureLines(row, findFurniture(row))).toEqual(['相关链接：', '中国政府网 陕西省人民政府 西安市人民政府', '主办：某某区人民政府办公室']);
    const dropdown = ['正文最后一段。', '南丰县人民政府', '2024年3月18日', '【关闭窗口】', '----国家部委网站----', '中国政府网', '----省市政府网站----', '江西省人民政府', '抚州市人民政府', '网站标识码：3610230001'].join('\n');
    expect(furnitureLines(dropdown, findFurniture(dropdown))).toEqual([
      '【关闭窗口】', '----国家部委网站----', '中国政府网', '----省市政府网站----', '江西省人民政府', '抚州市人民政府', '网站标识码：3610230001',
    ]);
    // A joint signature of two bodies on one line is no row of links.
    const joint = ['正文最后一段。', '中共某镇委员会　某镇人民政府', '2024年1月15日'].join('\n');
    expect(findFurniture(joint)).toEqual([]);
  });

  it('leaves short closing lines alone when nothing marks them as links', () => {
    const text = ['一、工作举措', '全面推进依法行政。', '五、其他需要报告的情况', '附件:', '无'].join('\n');
    expect(findFurniture(text)).toEqual([]);
  });

  it('marks a site menu before the title when a breadcrumb or tool bar is among it', () => {
    const text = ['首页', '机构概况', '政务公开', '当前位置：首页 > 政务公开', '某街道2024年法治政府建设工作总结', '2024年，我街道坚持依法行政。'].join('\n');
    expect(furnitureLines(text, findFurniture(text))).toEqual(['首页', '机构概况', '政务公开', '当前位置：首页 > 政务公开']);
  });

  it('marks tool bars, font switchers, share bars and previous/next links anywhere', () => {
    const text = [
      '【字体：大 中 小】【打印】【关闭】',
      '某县2022年度法治政府建设情况报告',
      '正文内容。',
      '分享到：微信 微博 QQ空间',
      '上一篇：某县2021年度法治政府建设情况报告',
      '下一篇：关于公布行政执法主体的通告',
      '【关闭窗口】',
    ].join('\n');
    expect(bodyLines(text, findFurniture(text))).toEqual(['某县2022年度法治政府建设情况报告', '正文内容。']);
  });

  it('marks QR prompts in other wordings, view counters and menu bars with unknown entries', () => {
    const text = [
      '首页 | 走进某镇 | 政务公开 | 互动交流',
      '某镇2023年度法治政府建设情况报告',
      '正文内容。',
      '扫一扫在手机上查看当前页面',
      '浏览次数：1024',
    ].join('\n');
    expect(bodyLines(text, findFurniture(text))).toEqual(['某镇2023年度法治政府建设情况报告', '正文内容。']);
  });

  it('does not mark body sentences that merely contain UI or metadata words', () => {
    const text = [
      '（三）加强信息来源管理，规范文件打印、分享和关闭流程。',
      '来源于群众的意见建议共120条，均已办结。',
      '发布机构应当依法公开政府信息，全年公开信息235条。',
      '一是依托微信、微博等平台开展普法宣传。',
      '二是推广二维码亮证执法',
    ].join('\n');
    expect(findFurniture(text)).toEqual([]);
  });

  it('marks the page numbers a conversion from a paged document leaves between paragraphs', () => {
    const pages = ['— 2 —', '－3－', '- 4 -', '第5页 共9页', '第 6 页', '7/9', '— １２ —'];
    const body = ['某镇2023年法治政府建设年度报告', '（一）加强组织领导，全年召开会议3次。', '2023年12月30日', '1.坚持依法决策。', '2-3人'];
    const text = [body[0], pages[0], body[1], ...pages.slice(1), body[2], body[3], body[4]].join('\n');
    expect(furnitureLines(text, findFurniture(text))).toEqual(pages);
    expect(bodyLines(text, findFurniture(text))).toEqual(body);
  });

  it('marks a list of other reports under its heading, but not the page title right after it', () => {
    const text = [
      '相关文章',
      '仁和街道2023年度法治政府建设年度报告',
      '良渚街道2023年度法治政府建设年度报告',
      '2023年度法治政府建设年度报告',
      '2023年，闲林街道扎实推进法治政府建设。',
      '相关阅读：',
      '瓶窑镇2022年度法治政府建设年度报告',
    ].join('\n');
    expect(furnitureLines(text, findFurniture(text))).toEqual([
      '相关文章',
      '仁和街道2023年度法治政府建设年度报告',
      '良渚街道2023年度法治政府建设年度报告',
      '相关阅读：',
      '瓶窑镇2022年度法治政府建设年度报告',
    ]);
  });

  it("marks a sidebar's links to bodies' sites under 相关链接, up to the breadcrumb before the title", () => {
    const links = ['相关链接', '中国政府网', '广东省人民政府', '广州市司法局', '国家法律法规数据库'];
    const text = [...links, '您现在的位置：首页 > 政务公开 > 法治政府建设', '大石街道2023年法治政府建设年度报告', '2023年，大石街道扎实推进法治政府建设。'].join('\n');
    expect(furnitureLines(text, findFurniture(text))).toEqual([...links, '您现在的位置：首页 > 政务公开 > 法治政府建设']);
    // The title's metadata row after the last entry: that entry is the title.
    const titled = ['相关文章', '仁和街道2023年度法治政府建设年度报告', '2023年度法治政府建设年度报告', '发布单位：闲林街道　发布日期：2024-01-29', '2023年，闲林街道扎实推进法治政府建设。'].join('\n');
    expect(bodyLines(titled, findFurniture(titled))).toEqual(['2023年度法治政府建设年度报告', '2023年，闲林街道扎实推进法治政府建设。']);
  });

  it('marks a breadcrumb made of > separators without a 位置 label', () => {
    const text = '首页 > 政务公开 > 法治政府建设\n某镇法治政府建设年度报告\n正文。';
    expect(furnitureLines(text, findFurniture(text))).toEqual(['首页 > 政务公开 > 法治政府建设']);
  });
});
