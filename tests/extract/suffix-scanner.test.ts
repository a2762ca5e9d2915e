import { describe, expect, it } from 'vitest';
import { SuffixScanner } from '../../src/extract/names/suffix-scanner.js';

function scannerOf(words: string[]): SuffixScanner<string> {
  const s = new SuffixScanner<string>();
  for (const w of words) s.add(w, w.toUpperCase());
  return s;
}

describe('SuffixScanner', () => {
  it('finds the longest listed word ending at a position', () => {
    const s = scannerOf(['所', '司法所', '派出所']);
    const text = '练塘镇司法所和派出所';
    expect(s.longestEndingAt(text, 6)).toMatchObject({ start: 3, end: 6, word: '司法所' });
    expect(s.longestEndingAt(text, 10)).toMatchObject({ start: 7, end: 10, word: '派出所' });
    expect(s.longestEndingAt(text, 5)).toBeNull();
  });

  it('does not read past the floor, and keeps the first value of a word', () => {
    const s = new SuffixScanner<number>().add('会议', 1).add('工作会议', 2).add('会议', 3);
    expect(s.longestEndingAt('召开工作会议', 6, 3)).toMatchObject({ start: 4, word: '会议', value: 1 });
    expect(s.longestEndingAt('召开工作会议', 6, 0)).toMatchObject({ start: 2, word: '工作会议', value: 2 });
    expect(s.maxLength).toBe(4);
  });

  it('answers null at the edges and for empty text', () => {
    const s = scannerOf(['会议']);
    expect(s.longestEndingAt('', 0)).toBeNull();
    expect(s.longestEndingAt('会议', 0)).toBeNull();
    expect(s.longestEndingAt('会议', 3)).toBeNull();
    expect(s.has('会议')).toBe(true);
    expect(s.has('大会议')).toBe(false);
    expect(s.mayEndAt('会议', 2)).toBe(true);
    expect(s.mayEndAt('会议', 1)).toBe(false);
  });

  it('matches words with characters outside the BMP', () => {
    const s = scannerOf(['𠀀会']);
    const text = '开𠀀会';
    expect(s.longestEndingAt(text, text.length)).toMatchObject({ start: 1, end: 4, word: '𠀀会' });
    expect(scannerOf(['会']).longestEndingAt('𠀀', 2)).toBeNull();
  });

  it('finds one-character words, also where the floor allows no longer one', () => {
    const s = scannerOf(['局', '司法局']);
    expect(s.longestEndingAt('司法局', 3, 2)).toMatchObject({ start: 2, word: '局' });
    expect(s.longestEndingAt('司法局', 3, 0)).toMatchObject({ start: 0, word: '司法局' });
    expect(s.longestEndingAt('局', 1)).toMatchObject({ start: 0, word: '局' });
    expect(s.longestEndingAt('司法局', 3, 3)).toBeNull();
    expect(scannerOf(['司法局']).longestEndingAt('局', 1)).toBeNull();
  });
});
