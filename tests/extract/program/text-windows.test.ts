import { describe, expect, it } from 'vitest';
import { indexWords, lastOccurring, longestPrefix, longestSuffix, stripLeading, wordEndingAt } from '../../../src/extract/program/text-windows.js';

describe('longestPrefix and longestSuffix', () => {
  const words = ['机制', '工作机制', '制度', '工作', '服务机制'];

  it('give the longest listed word that opens or closes the text', () => {
    expect(longestPrefix('工作机制建设', words)).toBe('工作机制');
    expect(longestPrefix('工作要点', words)).toBe('工作');
    expect(longestSuffix('矛盾调处工作机制', words)).toBe('工作机制');
    expect(longestSuffix('首问负责制度', words)).toBe('制度');
  });

  it('give null when no word fits, and the first listed word on a tie', () => {
    expect(longestPrefix('推行', words)).toBeNull();
    expect(longestSuffix('', words)).toBeNull();
    expect(longestSuffix('便民服务机制', ['机制', '服务机制', '民服务机制'])).toBe('民服务机制');
    const tie = ['甲乙', '甲丙', '甲乙'];
    expect(longestPrefix('甲乙丁', tie)).toBe(tie[0]);
  });

  it('treat a listed empty word as fitting every text, below any longer word', () => {
    expect(longestPrefix('推行', ['', '机制'])).toBe('');
    expect(longestSuffix('推行机制', ['', '机制'])).toBe('机制');
    expect(longestPrefix('', ['机制'])).toBeNull();
  });

  it('strip leading words repeatedly, longest first', () => {
    expect(stripLeading('进一步全面加强', ['进一步', '全面', '进一'])).toBe('加强');
  });
});

describe('word indexes', () => {
  const index = indexWords(['推行', '实行', '行']);

  it('find the longest word ending at a position', () => {
    expect(wordEndingAt('全面推行', 4, index)).toBe('推行');
    expect(wordEndingAt('全面推行', 3, index)).toBeNull();
    expect(wordEndingAt('行', 1, index)).toBe('行');
    expect(wordEndingAt('行', 0, index)).toBeNull();
    expect(wordEndingAt('行', 2, index)).toBeNull();
  });

  it('find the word nearest the end of a text', () => {
    expect(lastOccurring('实行并推行', index)).toEqual({ word: '推行', at: 3 });
    expect(lastOccurring('开展', index)).toBeNull();
  });
});
