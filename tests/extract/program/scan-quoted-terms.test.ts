// Scanning quoted terms: balanced pairs only, no swallowing after an unbalanced mark, and groups of
// terms written side by side.
import { describe, expect, it } from 'vitest';
import { groupQuotedTerms, scanQuotedTerms } from '../../../src/extract/program/scan-quoted-terms.js';

describe('scanQuotedTerms', () => {
  it('finds each balanced pair with its offsets', () => {
    const text = '推行“首违不罚”和“轻微免罚”。';
    const terms = scanQuotedTerms(text);
    expect(terms.map((t) => t.inner)).toEqual(['首违不罚', '轻微免罚']);
    expect(terms.map((t) => text.slice(t.start, t.end))).toEqual(['“首违不罚”', '“轻微免罚”']);
  });

  it('skips an opening mark that another opening mark follows before any close', () => {
    expect(scanQuotedTerms('开展“法治体检活动,推行“首违不罚”清单').map((t) => t.inner)).toEqual(['首违不罚']);
  });

  it('skips an opening mark with no close within reach, or across a line break', () => {
    expect(scanQuotedTerms(`“${'长'.repeat(60)}”,“短句”`).map((t) => t.inner)).toEqual(['短句']);
    expect(scanQuotedTerms('“上一行\n下一行”“名称”').map((t) => t.inner)).toEqual(['名称']);
  });

  it('scans a megabyte of opening marks in linear time', () => {
    const t0 = performance.now();
    expect(scanQuotedTerms('“'.repeat(1 << 20))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('groupQuotedTerms', () => {
  it('groups terms joined by nothing, a space, 、 or a conjunction, and splits at other text', () => {
    const text = '深入推进“诉访分离”和“网上信访”,强力推动“逐级走访”“一站式” “综合查一次”。';
    const groups = groupQuotedTerms(text, scanQuotedTerms(text));
    expect(groups.map((g) => g.terms.map((t) => t.inner))).toEqual([['诉访分离', '网上信访'], ['逐级走访', '一站式', '综合查一次']]);
  });
});
