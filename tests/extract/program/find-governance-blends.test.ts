import { describe, expect, it } from 'vitest';
import { findGovernanceBlends } from '../../../src/extract/program/find-governance-blends.js';

describe('findGovernanceBlends', () => {
  it.each([
    ['推动法治与自治德治相融合,推动法治政府建设', '三治融合', '法治与自治德治相融合'],
    ['健全自治、法治、德治相结合的城乡基层治理体系', '三治融合', '自治、法治、德治相结合'],
    ['深化德治法治自治融合', '三治融合', '德治法治自治融合'],
    ['推进政治、自治、法治、德治“四治”融合', '四治融合', '政治、自治、法治、德治“四治”融合'],
    ['构建政治引领、自治为基、法治为本、德治为先、智治为撑的“五治”融合体系', '五治融合', '政治引领、自治为基、法治为本、德治为先、智治为撑的“五治”融合'],
  ])('reads %s as %s', (text, name, surface) => {
    const found = findGovernanceBlends(text);
    expect(found.map((c) => c.name)).toEqual([name]);
    expect(text.slice(found[0].start, found[0].end)).toBe(surface);
    expect(found[0].category).toBe('practice');
  });

  it.each([
    ['坚持法治和德治相结合'],
    ['自治、法治、德治'],
    ['政治、法治、智治相结合'],
    ['全面推进依法治国,坚持依法治国和以德治国相结合'],
  ])('reads no blend in %s', (text) => {
    expect(findGovernanceBlends(text)).toEqual([]);
  });
});
