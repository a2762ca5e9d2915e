import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize-text.js';
import { splitPassages } from '../../src/text/split-passages.js';
import { classifySection } from '../../src/text/section-role.js';

const sample = (f: string) => normalizeText(readFileSync(`data/samples/${f}`, 'utf8'));

describe('splitPassages', () => {
  it('gives each paragraph its section path from 一、 (一) 1、', () => {
    const text = '序言。\n一、主要举措和成效\n(一)加强领导\n1、学习。内容。\n二、存在的不足\n不足之处。';
    const ps = splitPassages(text, []);
    expect(ps.map((p) => p.section)).toEqual(['', '一', '一/(一)', '一/(一)/1', '二', '二']);
    expect(ps.map((p) => p.role)).toEqual(['preamble', 'achievement', 'achievement', 'achievement', 'shortcoming', 'shortcoming']);
  });

  it('points every passage at its own text', () => {
    const text = sample('003_a9c3b358a18e57db.txt');
    for (const p of splitPassages(text, [])) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('leaves out lines inside furniture spans', () => {
    const text = '返回上一级\n正文一段。';
    const ps = splitPassages(text, [{ start: 0, end: 5 }]);
    expect(ps.map((p) => p.text)).toEqual(['正文一段。']);
  });

  it('finds the plan section of a real report', () => {
    const ps = splitPassages(sample('000_e995035764c2eff9.txt'), []);
    expect(ps.some((p) => p.role === 'plan')).toBe(true);
    expect(ps.some((p) => p.role === 'achievement')).toBe(true);
  });
});

describe('classifySection', () => {
  it.each([
    ['一、2022年度法治政府建设主要举措和成效', 'achievement'],
    ['二、存在的不足和原因', 'shortcoming'],
    ['四、2025年推进法治政府建设的主要安排', 'plan'],
    ['三、党政主要负责人履行推进法治建设第一责任人职责情况', 'responsibility'],
    ['五、其他需要报告的情况', 'other'],
  ])('classifies %s as %s', (heading, role) => {
    expect(classifySection(heading)).toBe(role);
  });
});
