import { describe, expect, it } from 'vitest';
import { MatchTrie, MatchTrieGroup } from '../../src/extract/match-trie.js';

function trieOf(keys: string[]): MatchTrie<string> {
  const t = new MatchTrie<string>();
  for (const k of keys) t.add(k, k);
  return t;
}

describe('MatchTrie', () => {
  it('finds the longest entry at each position, leftmost first, without overlaps', () => {
    const t = new MatchTrie<string>();
    for (const k of ['处罚法', '行政处罚法', '宪法']) t.add(k, k);
    expect(t.findAll('学习行政处罚法和宪法').map((m) => m.key)).toEqual(['行政处罚法', '宪法']);
  });

  it('gives offsets that slice the text to the key', () => {
    const t = new MatchTrie<number>();
    t.add('枫桥经验', 1);
    const text = '坚持发展新时代枫桥经验';
    const [m] = t.findAll(text);
    expect(text.slice(m.start, m.end)).toBe('枫桥经验');
    expect(m.values).toEqual([1]);
  });

  it('prefers the leftmost match over a longer one starting inside it', () => {
    // 普法 starts first; the longer 法治宣传 overlaps it and is skipped.
    expect(trieOf(['普法', '法治宣传']).findAll('普法治宣传').map((m) => m.key)).toEqual(['普法']);
  });

  it('falls back to the longest complete key when a longer path breaks off', () => {
    const t = trieOf(['宪法', '宪法宣传周']);
    expect(t.findAll('宪法宣传月').map((m) => [m.key, m.start, m.end])).toEqual([['宪法', 0, 2]]);
    expect(t.longestAt('宪法宣传周', 0)?.key).toBe('宪法宣传周');
    expect(t.longestAt('宪法宣传周', 1)).toBeNull();
  });

  it('finds nothing in empty text, and ignores empty keys', () => {
    const t = trieOf(['', '宪法']);
    expect(t.size).toBe(1);
    expect(t.findAll('')).toEqual([]);
    expect(t.longestAt('', 0)).toBeNull();
    expect(t.longestAt('宪法', 2)).toBeNull();
    expect(t.get('')).toBeUndefined();
  });

  it('matches keys with characters outside the BMP (surrogate pairs) and keeps offsets in code units', () => {
    const t = trieOf(['𠀀法', '𠀁']);
    const text = 'a𠀀法b𠀁';
    const found = t.findAll(text);
    expect(found.map((m) => m.key)).toEqual(['𠀀法', '𠀁']);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['𠀀法', '𠀁']);
    expect(found[0].start).toBe(1);
    expect(found[0].end).toBe(4);
    // A key of BMP characters never matches inside a surrogate pair.
    expect(trieOf(['法']).findAll('𠀀')).toEqual([]);
  });

  it('keeps several values under one key, each once, and looks keys up exactly', () => {
    const t = new MatchTrie<number>();
    t.add('民法典', 1);
    t.add('民法典', 2);
    t.add('民法典', 1);
    expect(t.size).toBe(1);
    expect(t.get('民法典')).toEqual([1, 2]);
    expect(t.get('民法')).toBeUndefined();
    expect(t.findAll('学民法典')[0].values).toEqual([1, 2]);
  });

  it('finds keys of one character anywhere, the last character included', () => {
    const t = trieOf(['法', '法治']);
    expect(t.findAll('法治与法').map((m) => [m.key, m.start])).toEqual([
      ['法治', 0],
      ['法', 3],
    ]);
    expect(trieOf(['法治']).findAll('法')).toEqual([]);
  });
});

describe('MatchTrieGroup', () => {
  it('finds in one pass what each member finds alone, overlaps between members included', () => {
    const members: MatchTrie<unknown>[] = [trieOf(['乡村振兴', '振兴促进法', '法']), trieOf(['乡村', '村振兴', '促进']), trieOf(['振兴', '乡村振兴促进法']), trieOf([])];
    const group = new MatchTrieGroup(members);
    for (const text of ['乡村振兴促进法', '大力推进乡村振兴,落实振兴促进法和法', '村振兴乡', '', '法法法']) {
      const all = group.findAll(text);
      members.forEach((m, k) => expect(all[k]).toEqual(m.findAll(text)));
    }
  });

  it('matches random texts made of its keys exactly as the members do', () => {
    const keys = ['八五普法', '普法', '五普', '法治', '法治政府', '治政', '府', '政府建设', '建设', '设'];
    const members: MatchTrie<unknown>[] = [trieOf(keys.slice(0, 4)), trieOf(keys.slice(3, 8)), trieOf(keys.slice(6))];
    const group = new MatchTrieGroup(members);
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let i = 0; i < 500; i++) {
      let text = '';
      for (let j = 0, n = 1 + next(6); j < n; j++) text += keys[next(keys.length)].slice(next(2));
      const all = group.findAll(text);
      members.forEach((m, k) => expect(all[k]).toEqual(m.findAll(text)));
    }
  });
});
