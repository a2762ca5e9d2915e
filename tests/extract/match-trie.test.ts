import { describe, expect, it } from 'vitest';
import { MatchTrie } from '../../src/extract/match-trie.js';

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
});
