import { describe, expect, it } from 'vitest';
import { findSelfReferences } from '../../../src/extract/issuer/find-self-references.js';

describe('findSelfReferences', () => {
  it.each([
    ['现将我镇2022年度工作报告如下', '我镇', '镇'],
    ['本镇共召开会议', '本镇', '镇'],
    ['全镇三公经费同比下降', '全镇', '镇'],
    ['针对我街道存在的问题', '我街道', '街道'],
    ['本街道辖区内', '本街道', '街道'],
    ['我街积极开展普法', '我街', '街道'],
    ['全区法治建设', '全区', '区'],
    ['我县坚持依法行政', '我县', '县'],
    ['我乡建立健全', '我乡', '乡'],
    ['全旗上下', '全旗', '旗'],
  ])('finds %s → %s (%s)', (text, surface, kind) => {
    const [ref, ...rest] = findSelfReferences(text);
    expect(rest).toEqual([]);
    expect(ref).toMatchObject({ surface, kind, start: text.indexOf(surface), end: text.indexOf(surface) + surface.length });
  });

  it.each([
    ['安全区域管理'],
    ['资本市场'],
    ['全区域覆盖'],
    ['全乡镇推广'],
    ['基本区别在于'],
    ['本区域内'],
  ])('ignores %s', (text) => {
    expect(findSelfReferences(text)).toEqual([]);
  });

  it('finds every self-reference of a real report paragraph with its offsets', () => {
    const text = '镇党委政府紧紧围绕我镇改革发展大局,全镇三公经费下降,本镇法治建设成效明显。';
    const refs = findSelfReferences(text);
    expect(refs.map((r) => r.surface)).toEqual(['我镇', '全镇', '本镇']);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.surface);
  });
});
