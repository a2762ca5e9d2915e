import { describe, expect, it } from 'vitest';
import { NameLengthIndex, NameLengths } from '../../../src/resolve/admin/name-lengths.js';

/** The lengths held by a mask, longest first (up to 31). */
function lengthsOf(mask: number): number[] {
  const out: number[] = [];
  for (let n = NameLengths.MAX_BIT; n >= 2; n--) if (NameLengths.has(mask, n)) out.push(n);
  return out;
}

describe('NameLengthIndex', () => {
  const index = new NameLengthIndex(['中山市', '中山区', '三乡镇', '中山港街道', '𠀀𠀁镇'], ['中山', '三乡']);

  it('gives the lengths of the full names that start and end like the text', () => {
    expect(lengthsOf(index.startingAt('中山市三乡镇', 0))).toEqual([3]);
    expect(lengthsOf(index.startingAt('中山港街道办', 0))).toEqual([5]);
    // 中山 opens names of 3 and 5 characters, but none ends in 港街 or 市三.
    expect(lengthsOf(index.startingAt('中山港街', 0))).toEqual([]);
    expect(index.startingAt('到三乡镇', 0)).toBe(0);
    expect(lengthsOf(index.startingAt('到三乡镇', 1))).toEqual([3]);
  });

  it('adds short forms only when asked, and only as long as a full name there', () => {
    expect(lengthsOf(index.startingAt('中山的', 0))).toEqual([]);
    expect(lengthsOf(index.startingAt('中山的', 0, true))).toEqual([2]);
    expect(lengthsOf(index.startingAt('三乡的', 0, true))).toEqual([2]);
  });

  it('gives the lengths of the full names that end at a position', () => {
    expect(lengthsOf(index.endingAt('设立三乡镇', 5))).toEqual([3]);
    expect(lengthsOf(index.endingAt('广东中山市', 5))).toEqual([3]);
    expect(index.endingAt('广东中山市', 4)).toBe(0);
  });

  it('answers 0 at the edges and for empty text, and bounds by the text', () => {
    expect(index.startingAt('', 0)).toBe(0);
    expect(index.startingAt('中', 0)).toBe(0);
    expect(index.startingAt('中山市', 2)).toBe(0);
    expect(index.startingAt('中山市', -1)).toBe(0);
    expect(index.endingAt('', 0)).toBe(0);
    expect(index.endingAt('中山市', 4)).toBe(0);
    expect(index.endingAt('市', 1)).toBe(0);
    expect(index.longestAt('中山', 0)).toBe(5);
    expect(index.longestAt('山', 0)).toBe(0);
  });

  it('reads characters outside the BMP as two code units', () => {
    const text = '在𠀀𠀁镇';
    expect(lengthsOf(index.startingAt(text, 1))).toEqual([5]);
    expect(lengthsOf(index.endingAt(text, text.length))).toEqual([5]);
  });

  it('marks names longer than the mask with one bit for all of them', () => {
    const long = '一'.repeat(40);
    const big = new NameLengthIndex([long], []);
    expect(big.startingAt(long, 0) & NameLengths.LONGER).toBe(NameLengths.LONGER);
    expect(NameLengths.has(NameLengths.bit(31), 31)).toBe(true);
    expect(NameLengths.has(NameLengths.bit(40), 35)).toBe(true);
    expect(NameLengths.has(NameLengths.bit(3), 40)).toBe(false);
    expect(lengthsOf(NameLengths.upTo(4))).toEqual([4, 3, 2]);
    expect(NameLengths.upTo(1)).toBe(0);
    expect(lengthsOf(NameLengths.upTo(31))).toHaveLength(30);
  });
});
