import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.js';
import { findWrapWidth, unwrapLines } from '../../src/ingest/unwrap-lines.js';
import { wrapLines } from '../helpers/wrap-lines.js';

const PARAGRAPHS = [
  '2022年，阿柔乡在县委、县政府的正确领导和县委依法治县办、县司法局的业务指导下，以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神和习近平法治思想，扎实推进法治政府建设各项工作。现将有关情况报告如下：',
  '一、主要工作及成效',
  '（一）加强组织领导，压实法治建设主体责任。乡党委、乡政府高度重视法治政府建设，调整充实了由乡党委书记任组长、乡长任副组长、各站所负责人为成员的阿柔乡法治政府建设工作领导小组，领导小组办公室设在乡司法所，全年召开党委会议专题研究法治工作3次。',
  '（二）坚持学法用法，提升干部依法行政能力。坚持党委理论学习中心组学法和干部职工每月集中学法制度，全年集中学法12次，重点学习了《中华人民共和国宪法》《中华人民共和国民法典》《中华人民共和国草原法》等法律法规，组织全乡36名干部参加学法用法考试。',
  '（三）依法履行职能，推动草原生态保护和乡村振兴。认真落实第三轮草原生态保护补助奖励政策，严格执行禁牧和草畜平衡制度，配合县林业和草原局开展打击破坏野生动物资源违法犯罪专项行动，聘用生态管护员128名，实行网格化巡护，未发生破坏草原案件。',
];

describe('unwrapLines', () => {
  it('joins the lines of each paragraph of a text broken at the page width, and no more', () => {
    const wrapped = wrapLines(PARAGRAPHS, 28);
    // 28 characters a line: 56 columns, a little less for the lines with digits.
    expect(findWrapWidth(wrapped.split('\n'))).toBeGreaterThanOrEqual(52);
    expect(findWrapWidth(wrapped.split('\n'))).toBeLessThanOrEqual(56);
    expect(unwrapLines(wrapped)).toBe(PARAGRAPHS.map((p) => '\u3000\u3000' + p).join('\n'));
  });

  it('joins a paragraph across the page number of a page break inside it', () => {
    const wrapped = wrapLines(PARAGRAPHS, 28).split('\n');
    // A page break inside the third paragraph.
    const at = wrapped.findIndex((l) => l.includes('领导小组办公室'));
    wrapped.splice(at, 0, '', '- 2 -', '');
    const out = unwrapLines(wrapped.join('\n')).split('\n');
    expect(out).toContain('\u3000\u3000' + PARAGRAPHS[2]);
    expect(out.filter((l) => l.includes('- 2 -'))).toEqual([]);
  });

  it('leaves a text of one paragraph a line as it is, and short lines of headings', () => {
    const plain = PARAGRAPHS.join('\n').repeat(3);
    expect(unwrapLines(plain)).toBe(plain);
    const headings = Array.from({ length: 20 }, (_, i) => `（${i + 1}）坚持依法行政推进法治政府建设工作`).join('\n');
    expect(unwrapLines(headings)).toBe(headings);
  });

  it('joins the paragraphs of a wrapped text whose annex holds a table wider than the page', () => {
    const table = [
      '序号  村  名      法律顾问    执业机构                  联系电话',
      ...Array.from({ length: 8 }, (_, i) => ` ${i + 1}    振江村      那振宇      辽宁岫阳律师事务所        139****07${10 + i}`),
    ];
    const text = wrapLines(PARAGRAPHS, 28) + '\n附件\n' + table.join('\n');
    const out = unwrapLines(text).split('\n');
    expect(out).toContain('\u3000\u3000' + PARAGRAPHS[2]);
    // The rows stay rows.
    expect(out.slice(-table.length)).toEqual(table);
  });

  it('lets readDocument give the joined text, so a name the page broke is read whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-unwrap-'));
    const file = join(dir, 'wrapped.txt');
    writeFileSync(file, '阿柔乡人民政府关于2022年度法治政府建设工作情况的报告\n' + wrapLines(PARAGRAPHS, 28) + '\n');
    const doc = await readDocument(file);
    expect(doc.text).toContain('县委依法治县办');
    expect(doc.text).toContain('阿柔乡法治政府建设工作领导小组');
  });
});
