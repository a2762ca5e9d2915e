import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/ingest/normalize-date.js';

describe('normalizeDate', () => {
  it.each([
    ['2024-01-23 11:19', '2024-01-23'],
    ['2024年1月23日', '2024-01-23'],
    ['2024 年 1 月 3 日', '2024-01-03'],
    ['2024/1/23', '2024-01-23'],
    ['2024.01.23', '2024-01-23'],
    ['发布时间：2023-3-7', '2023-03-07'],
    ['二〇二三年三月一日', '2023-03-01'],
    ['二〇二四年十二月二十一日', '2024-12-21'],
    ['二〇二四年十月十日', '2024-10-10'],
  ])('reads %s as %s', (s, iso) => {
    expect(normalizeDate(s)).toBe(iso);
  });

  it.each(['2024-13-01', '2024年2月32日', '00296070X/2025-223734', '无', '12:30'])('finds no date in %s', (s) => {
    expect(normalizeDate(s)).toBeUndefined();
  });
});
