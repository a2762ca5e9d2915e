import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.js';
import { SAMPLES, sampleText, wrapInPage } from './sample-files.js';

describe('htmlToText', () => {
  it.each(SAMPLES)('keeps every line of %s wrapped in <p> as one line of text, in order', (name) => {
    const lines = sampleText(name)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const { text } = htmlToText(wrapInPage(sampleText(name), 'utf-8'));
    const out = text.split('\n');
    // The page adds furniture before and after; the report's lines sit between, untouched.
    const first = out.indexOf(lines[0]);
    expect(first).toBeGreaterThan(0);
    expect(out.slice(first, first + lines.length)).toEqual(lines);
  });

  it('drops script, style, noscript, template and svg content but keeps the <title> apart', () => {
    const html =
      '<html><head><title>某镇2023年法治政府建设年度报告_某某人民政府网</title><style>p{color:red}</style>' +
      '<script>document.write("<p>脚本</p>")</script></head><body><noscript>请启用脚本</noscript>' +
      '<template><p>模板</p></template><svg><text>图形</text></svg><p>正文。</p></body></html>';
    const out = htmlToText(html);
    expect(out.text).toBe('正文。');
    expect(out.title).toBe('某镇2023年法治政府建设年度报告_某某人民政府网');
  });

  it('breaks lines at block elements and <br>, and keeps inline elements inside the line', () => {
    const html = '<div>一、总体情况<br>内容<b>加粗</b>与<a href="#">链接</a>相连。</div><ul><li>甲</li><li>乙</li></ul><h2>二、问题</h2>';
    expect(htmlToText(html).text).toBe('一、总体情况\n内容加粗与链接相连。\n甲\n乙\n二、问题');
  });

  it('parts links side by side with a space, as a portal shows its row of links to other sites', () => {
    const html = '<div class="top"><a href="https://www.ah.gov.cn/">安徽省人民政府</a><a href="https://www.hefei.gov.cn/">合肥市人民政府</a><a>无障碍</a></div><p>依据<a>《宪法》</a>和<a>《民法典》</a>开展</p>';
    expect(htmlToText(html).text).toBe('安徽省人民政府 合肥市人民政府 无障碍\n依据《宪法》和《民法典》开展');
  });

  it('puts the cells of a table row on one line', () => {
    const html = '<table><tr><td>索引号:</td><td>00296070X/2025-1</td><td>主题分类:</td><td>政务公开</td></tr><tr><td>发布机构:</td><td>某镇</td></tr></table>';
    expect(htmlToText(html).text).toBe('索引号: 00296070X/2025-1 主题分类: 政务公开\n发布机构: 某镇');
  });

  it('decodes entities, turns &nbsp; into a space, collapses space runs and keeps full-width spaces', () => {
    const html = '<p>&lt;《行政处罚法》&gt; &amp;&#x4E00;&#19968;</p><p>&nbsp;&nbsp;甲&nbsp;&nbsp; 乙\n\t丙</p><p>\u3000\u3000丁\u3000戊</p>';
    expect(htmlToText(html).text).toBe('<《行政处罚法》> &一一\n甲 乙 丙\n\u3000\u3000丁\u3000戊');
  });

  it('reads <meta name> fields such as ArticleTitle and PubDate', () => {
    const html = '<head><META NAME="ArticleTitle" CONTENT="某镇法治政府建设年度报告"><meta name="PubDate" content="2024-01-23 11:19"></head><p>正文</p>';
    expect(htmlToText(html).metaTags).toEqual({ articletitle: '某镇法治政府建设年度报告', pubdate: '2024-01-23 11:19' });
  });

  it('leaves an unclosed <head> at the first body element instead of hiding the page', () => {
    expect(htmlToText('<html><head><title>标题</title><div>正文一</div><p>正文二').text).toBe('正文一\n正文二');
  });

  it('tolerates stray end tags and unclosed paragraphs', () => {
    expect(htmlToText('</div></p><p>甲<p>乙</span></b><div>丙').text).toBe('甲\n乙\n丙');
  });

  it('converts 1 MB of nested unclosed <div> in bounded time without throwing', () => {
    const html = '<div>法'.repeat(Math.ceil((1024 * 1024) / 8));
    const t0 = performance.now();
    const { text } = htmlToText(html);
    const ms = performance.now() - t0;
    expect(text.split('\n')).toHaveLength(Math.ceil((1024 * 1024) / 8));
    expect(ms).toBeLessThan(5000);
  });

  it('converts 100k stray end tags after 100k open tags in bounded time', () => {
    const html = '<span><div>'.repeat(50_000) + '</p></li>'.repeat(100_000);
    const t0 = performance.now();
    htmlToText(html);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
